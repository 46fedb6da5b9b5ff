/**
 * Small exports in each supported format, written as the products write them, for the analyze tests.
 * Hand-worked figures are in the tests that use them.
 */
export const RT_TSV = [
  "id\tSubject\tStatus\tQueue\tOwner\tRequestors\tCreated\tResolved",
  "1\tProjector\tresolved\tAV\tana\tbob@school.org\t2026-01-05 09:00:00\t2026-01-05 10:00:00",
  "2\tProjector again\tresolved\tAV\tana\tbob@school.org\t2026-01-20 09:00:00\t2026-01-21 09:00:00",
  "3\tWifi\tresolved\tNetwork\tben\tcy@school.org, dd@school.org\t2026-02-02 09:00:00\t2026-02-03 09:00:00",
  "4\tPrinter\topen\tPrinting\tNobody\teve@school.org\t2026-02-10 09:00:00\tNot set",
].join("\n");

export const OSTICKET_CSV = [
  "Ticket Number,Date Created,Subject,From,From Email,Help Topic,Current Status,Agent Assigned,Closed Date",
  '100001,2026-03-02 08:15,"Can\'t log in, again",Bob,bob@school.org,Accounts,Closed,Ana Lee,2026-03-02 09:00',
  '100002,2026-03-03 10:00,"Multi\nline subject",Cy,cy@school.org,Accounts,Closed,Ana Lee,2026-03-04 10:00',
  "100003,03/05/2026,Printer,Eve,eve@school.org,Printing,Open,,",
  "100004,2026-03-06 11:00,Short row",
  "100005,2026-03-07 12:00,Projector,Bob,bob@school.org,AV,Closed,Ben Ng,2026-03-08 12:00",
  "",
].join("\r\n");

export const ZAMMAD_CSV = [
  "number,title,state,priority,group,owner,customer,organization,created_at,close_at",
  "61001,Beamer,closed,2 normal,AV,ana,bob@school.org,Riverside,2026-04-01T08:00:00Z,2026-04-01T12:00:00Z",
  "61002,Beamer,closed,2 normal,AV,ana,cy@school.org,Riverside,2026-04-02T08:00:00+02:00,2026-04-02T09:00:00Z",
  "61003,Login,open,2 normal,Accounts,-,dd@school.org,Riverside,2026-04-03T08:00:00Z,",
].join("\n");

export const GENERIC_CSV = [
  "Owner,Agent,Category,Opened,Closed,Kind",
  '"rosa",hana,Printing,2026-01-31 23:30,2026-02-01 08:00,guide',
  "rosa,hana,Printing,2026-02-10 10:00,,do",
  "sam,ivan,Wifi,2026-02-11 10:00,2026-02-11 11:00,idea",
].join("\n");

export const GENERIC_MAP = "requester=Owner,helper=Agent,topic=Category,created=Opened,resolved=Closed,mode=Kind";
