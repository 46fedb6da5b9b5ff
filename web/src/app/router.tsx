import { createBrowserRouter } from "react-router";
import { AppLayout } from "./layout/app-layout";
import { RequireAuth } from "./require-auth";
import { RouteErrorPage } from "./route-error-page";
import { SignInPage } from "../features/auth/sign-in-page";
import { HomePage } from "../features/home/home-page";
import { MyRequestsPage } from "../features/requests/my-requests-page";
import { AskPage } from "../features/requests/ask-page";
import { RequestPage } from "../features/requests/request-page";
import { QueuePage } from "../features/requests/queue-page";
import { SavedRepliesPage } from "../features/requests/saved-replies-page";
import { KnowledgePage } from "../features/knowledge/knowledge-page";
import { ArticlePage } from "../features/knowledge/article-page";
import { EditArticlePage, NewArticlePage } from "../features/knowledge/article-editor-page";
import { CommunityPage } from "../features/community/community-page";
import { MyCommunityPage } from "../features/community/my-community-page";
import { GroupsPage } from "../features/community/groups-page";
import { GroupPage } from "../features/community/group-page";
import { GrowthPage } from "../features/growth/growth-page";
import { TrainingsPage } from "../features/growth/trainings-page";
import { TrainingPage } from "../features/growth/training-page";
import { ProposedPage } from "../features/growth/proposed-page";
import { IdeasPage } from "../features/growth/ideas-page";
import { IdeaPage } from "../features/growth/idea-page";
import { MyLearningPage } from "../features/growth/my-learning-page";
import { InsightsPage } from "../features/insights/insights-page";
import { MyGrowthPage } from "../features/insights/my-growth-page";
import { ProfilePage } from "../features/people/profile-page";
import { PeoplePage } from "../features/people/people-page";
import { TopicsPage } from "../features/topics/topics-page";
import { CampusesPage } from "../features/campuses/campuses-page";
import { NotFoundPage } from "../features/not-found/not-found-page";
import { NAV_ROLES } from "./layout/nav-items";

/** Every route of the web app; pages behind the shell need a signed-in person. */
export const router = createBrowserRouter([
  { path: "/sign-in", element: <SignInPage />, errorElement: <RouteErrorPage /> },
  {
    path: "/",
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <HomePage /> },
      { path: "requests", element: <MyRequestsPage /> },
      { path: "requests/new", element: <AskPage /> },
      { path: "requests/:id", element: <RequestPage /> },
      { path: "queue", element: <RequireAuth roles={NAV_ROLES.queue}><QueuePage /></RequireAuth> },
      { path: "queue/replies", element: <RequireAuth roles={["tech", "admin"]}><SavedRepliesPage /></RequireAuth> },
      { path: "knowledge", element: <KnowledgePage /> },
      { path: "knowledge/new", element: <NewArticlePage /> },
      { path: "knowledge/:id", element: <ArticlePage /> },
      { path: "knowledge/:id/edit", element: <EditArticlePage /> },
      { path: "community", element: <CommunityPage /> },
      { path: "community/me", element: <MyCommunityPage /> },
      { path: "community/groups", element: <GroupsPage /> },
      { path: "community/groups/:id", element: <GroupPage /> },
      { path: "growth", element: <GrowthPage /> },
      { path: "growth/trainings", element: <TrainingsPage /> },
      { path: "growth/trainings/:id", element: <TrainingPage /> },
      { path: "growth/proposed", element: <RequireAuth roles={["tech", "admin"]}><ProposedPage /></RequireAuth> },
      { path: "growth/ideas", element: <IdeasPage /> },
      { path: "growth/ideas/:id", element: <IdeaPage /> },
      { path: "growth/me", element: <MyLearningPage /> },
      { path: "insights", element: <RequireAuth roles={NAV_ROLES.insights}><InsightsPage /></RequireAuth> },
      { path: "me/growth", element: <MyGrowthPage /> },
      { path: "profile", element: <ProfilePage /> },
      { path: "admin/people", element: <RequireAuth roles={NAV_ROLES.people}><PeoplePage /></RequireAuth> },
      { path: "admin/topics", element: <RequireAuth roles={NAV_ROLES.topics}><TopicsPage /></RequireAuth> },
      { path: "admin/campuses", element: <RequireAuth roles={NAV_ROLES.campuses}><CampusesPage /></RequireAuth> },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
]);
