/** How many answers (public messages by anyone but the requester) each community question has. */
export interface AnswerCounts {
  forRequests(requestIds: number[]): Promise<Map<number, number>>;
}
