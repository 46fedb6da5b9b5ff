import type { DemoArticleText } from "./demo-article-text.js";

/** Google Classroom: assignments, grading, classes and rosters. */
export const CLASSROOM_ARTICLES: readonly DemoArticleText[] = [
  {
    title: "Schedule an assignment in Google Classroom",
    topics: ["Assignments", "Google Classroom"],
    audience: "everyone",
    revisions: ["Added posting one assignment to several classes"],
    asks: ["how do i schedule an assignment for next week", "assignment post later classroom", "set a time for classroom assignment to appear"],
    body: `Scheduling lets you prepare work in advance and have Classroom post it for you, even while you are teaching another class.

## Steps

1. Go to [classroom.google.com](https://classroom.google.com) and open your class.
2. Click **Classwork**, then **Create** and **Assignment**.
3. Add a title, instructions, attachments and points as usual.
4. Next to **Assign**, click the arrow and choose **Schedule**.
5. Pick the date and time the assignment should appear, then click **Schedule**.

The assignment shows in Classwork with a clock icon and the time it will post. Students see nothing until then.

**Tip:** set the **Due** date too. Scheduling only controls when the work appears, not when it is due.

## Post the same assignment to several classes

1. While creating the assignment, open the **For** menu at the top right.
2. Tick every class that should get it.
3. Schedule as above: each class gets its own copy, and you can change one class's copy later without touching the others.

More in Google's help: [Create an assignment](https://support.google.com/edu/classroom/answer/6020265).`,
  },
  {
    title: "Reuse an assignment or post from last year's class",
    topics: ["Assignments", "Google Classroom"],
    audience: "everyone",
    asks: ["copy assignments from old class", "reuse last years classroom posts"],
    body: `You do not need to rebuild your coursework every year: Classroom can copy any post from a class you taught, including archived ones.

## Steps

1. Open the new class and click **Classwork**.
2. Click **Create**, then **Reuse post**.
3. Choose the old class (archived classes are listed too).
4. Pick the assignment, question or material you want and click **Reuse**.
5. Leave **Create new copies of all attachments** ticked so students get fresh copies and your old class keeps its own.
6. Change dates or points if needed, then **Assign** or **Schedule**.

## Good to know

- Reusing one post at a time is deliberate; plan 10 minutes for a whole unit.
- Topics are not copied with the post. Create the topic in the new class first, then pick it while editing.
- Rubrics come along with the assignment and can be edited without changing the original.

See [Classroom Help](https://support.google.com/edu/classroom) for more.`,
  },
  {
    title: "Make a self-marking quiz with Google Forms in Classroom",
    topics: ["Assignments", "Grading"],
    audience: "everyone",
    asks: ["quiz that marks itself", "google forms quiz classroom grades"],
    body: `A **Quiz assignment** attaches a Google Form that can mark multiple-choice questions for you and send the scores back to Classroom.

## Create the quiz

1. In your class, click **Classwork**, then **Create** and **Quiz assignment**. A blank Form opens, already attached.
2. Click the form to edit it. Add questions, then for each one click **Answer key** and choose the correct answer and its points.
3. Back in Classroom, turn on **Grade importing** so you can pull the scores in later.
4. Optionally turn on **Locked mode** (managed Chromebooks only): students can't open other tabs until they submit.
5. Click **Assign**.

## Import the grades

When students have submitted, open the assignment and click **Import grades**. Short answers that need your judgement can be marked in the form's **Responses** tab first.

**Tip:** in the form's **Settings**, set **Release marks** to **Later, after manual review** if you want to check answers before students see them.

Google's guide: [Make a quiz with Google Forms](https://support.google.com/docs/answer/7032287).`,
  },
  {
    title: "Turn in an assignment in Google Classroom (students)",
    topics: ["Assignments", "Google Classroom"],
    audience: "everyone",
    asks: ["how do i hand in my work", "turn in button missing", "submit homework classroom"],
    body: `Your teacher only sees your work once you press **Turn in**. Here is how to make sure it arrives.

## On a computer or Chromebook

1. Go to [classroom.google.com](https://classroom.google.com) and open the class.
2. Click **Classwork** and open the assignment.
3. If your teacher gave you a document, open it from **Your work** and do the work there. It saves by itself.
4. To add a file of your own, click **Add or create** and choose a file from Google Drive or your computer.
5. Click **Turn in**, then confirm.

The status changes to **Turned in**. If you hand in after the due date it says **Done late**, which is still better than missing.

## Changed your mind?

Click **Unsubmit** before your teacher returns the work, change it, and turn it in again.

**Tip:** a document your teacher attached becomes read-only for you once you turn it in. Unsubmit to edit it again.

Help for students: [Classroom Help](https://support.google.com/edu/classroom).`,
  },
  {
    title: "Create and reuse rubrics in Google Classroom",
    topics: ["Grading", "Assignments"],
    audience: "everyone",
    revisions: ["Added sharing rubrics with other teachers"],
    asks: ["rubric in classroom", "how to make a marking rubric", "grade with rubric google classroom"],
    body: `A rubric shows students how their work will be marked and makes your marking faster and fairer.

## Create a rubric

1. Create an assignment and give it a title (the rubric button stays grey until you do).
2. Click **Rubric**, then **Create rubric**.
3. Keep **Use scoring** on if each level should give points.
4. Type the first **criterion** (for example *Sources*), then its levels: a points value, a title such as *Excellent* and a description of what it looks like.
5. Click **Add a criterion** for the next one, then **Save**.

## Mark with it

Open a student's work in the grading tool. The rubric sits on the right: click a level for each criterion and the total fills in. Return the work as usual; students see the levels you chose.

## Reuse or share a rubric

- In a new assignment, choose **Rubric** and **Reuse rubric** to copy one from any of your classes.
- To share with a colleague, open the rubric, click **More** and **Export to Sheets**; they import the sheet with **Import from Sheets**.

Google's guide: [Create or reuse a rubric](https://support.google.com/edu/classroom/answer/9335069).`,
  },
  {
    title: "Return graded work and leave feedback in Classroom",
    topics: ["Grading", "Google Classroom"],
    audience: "everyone",
    asks: ["students cant see their grade", "return work classroom", "give feedback on student work"],
    body: `Students only see the mark and comments you give once you **return** the work. Until then everything is a draft only you can see.

## Steps

1. Open the assignment and click **Student work**.
2. Click a student's file to open the grading tool.
3. Add comments in the document, or use the **Comment bank** on the right to reuse comments you write often.
4. Enter the grade in the box at the top right. It is saved as a **draft grade**.
5. Click **Return**, or go back to the list, tick several students and click **Return** once.

## Tips

- A student who has not turned anything in can still get a grade: type it in the list, then return.
- Add a private comment when you return to explain the next step, not just the mark.
- Returned work can be regraded later; the student sees the new mark as soon as you return it again.

More: [Classroom Help](https://support.google.com/edu/classroom).`,
  },
  {
    title: "Export Classroom grades to Google Sheets",
    topics: ["Grading"],
    audience: "staff",
    asks: ["download grades from classroom", "export marks to spreadsheet"],
    body: `When you need the marks outside Classroom, for a report, a department review or the gradebook, export them to a spreadsheet.

## One assignment

1. Open the assignment and click **Student work**.
2. Click **Settings** (the gear) and **Copy all grades to Google Sheets**.
3. A new sheet appears in the class's Drive folder with one row per student.

## The whole class

1. Click **Grades** at the top of the class.
2. Click **Settings** and choose **Copy all grades to Google Sheets**.
3. The sheet lists every graded assignment as a column, plus the overall grade if you use one.

## Before you share it

- The sheet contains student data: share it only with colleagues who need it and never with a link that anyone can open.
- Draft grades (not yet returned) are included; check the column headers before you copy marks into the SIS.

See also **Enter term grades in the SIS gradebook** in this knowledge base, and [Classroom Help](https://support.google.com/edu/classroom).`,
  },
  {
    title: "Enter term grades in the SIS gradebook",
    topics: ["Grading"],
    audience: "staff",
    state: "unvalidated",
    asks: ["where do i put end of term grades", "sis gradebook term marks"],
    body: `Term grades for reports go into the school information system (SIS), not Classroom. The SIS window opens two weeks before the report deadline on the school calendar.

## Steps

1. Sign in to the SIS with your school account (use **Sign in with Google**).
2. Open **Gradebook** and pick the class and the term.
3. If you export from Classroom, open your exported sheet next to it (see **Export Classroom grades to Google Sheets**).
4. Enter each student's grade in the **Term grade** column. Comments go in **Report comment**, up to 600 characters.
5. Click **Save** often; the SIS signs you out after 30 minutes of inactivity.
6. When the class is complete, click **Submit for review**. Your head of department checks it before reports are published.

## Tips

- A grade you submitted by mistake can only be reopened by your head of department.
- Students with a learning plan may have an adjusted scale: check the flag next to their name.

Questions about the SIS itself go to the office; problems signing in go to the tech team.`,
  },
  {
    title: "Invite a co-teacher to your Classroom class",
    topics: ["Class setup & rosters", "Google Classroom"],
    audience: "everyone",
    asks: ["add another teacher to my class", "co teacher classroom"],
    body: `A co-teacher can post, grade and manage students in your class, which is ideal for shared classes, learning support and cover.

## Steps

1. Open the class and click **People**.
2. Next to **Teachers**, click **Invite teachers**.
3. Type your colleague's school email address and click **Invite**.
4. They get an email and a notice in Classroom; the invitation stays pending until they accept.

## What a co-teacher can and can't do

- They can do nearly everything you can: post, grade, return work and invite students.
- They can't delete the class or remove you. Only the class owner can archive or delete it.
- If you are leaving the school, you can make a co-teacher the new owner: in **People**, click **More** next to their name and **Make class owner**.

## Cover lessons

For a short absence, invite the cover teacher and remove them afterwards from **People**. Their posts stay in the class.

Google's help: [Classroom Help](https://support.google.com/edu/classroom).`,
  },
  {
    title: "Add students to your class with a class code or invite link",
    topics: ["Class setup & rosters", "Google Classroom"],
    audience: "everyone",
    revisions: ["Added the invite link option"],
    asks: ["students cant join my class", "class code not working", "how do students join classroom"],
    body: `Students can join on their own with a class code, or you can invite them.

## With the class code

1. Open the class. The code is on the banner of the **Stream** (click it to show it full-screen on the projector).
2. Students go to [classroom.google.com](https://classroom.google.com), click **+** and **Join class**, and type the code.

If a student gets "You can't use Classroom with this account", they are signed in with a personal Google account. They should switch to their school account (top right) and try again.

## Invite by email

In **People**, click **Invite students** and type names or a class group address. Students accept from the invitation email or the class card in Classroom.

## Invite link

1. In **People**, click **Invite students** and **Copy link**, or copy the invite link from the class code menu on the Stream.
2. Post the link in an email or your school page. Students who open it while signed in to their school account join straight away.

**Tip:** once everyone has joined, turn the code off in **Settings** so nobody else can join.`,
  },
  {
    title: "Remove a student or fix a wrong roster in Classroom",
    topics: ["Class setup & rosters"],
    audience: "staff",
    asks: ["student in the wrong class", "remove student from classroom"],
    body: `Timetable changes happen all term. Here is how to keep a class's roster right without losing anyone's work.

## Remove a student

1. Open the class and click **People**.
2. Tick the student, click **Actions** and **Remove**.
3. Their submitted work stays in your class's Drive folder; they can no longer see the class.

## Move a student to another class

Classroom has no move button. Remove them from the old class, then share the new class's code or invite them by email. If they need earlier work, they still have it in their own Drive.

## A student is missing

- Check that they joined with their **school** account: personal accounts don't appear.
- If a whole class is missing after a timetable change, the roster sync from the SIS may not have run yet. It runs every night; ask the tech team if it is still wrong the next morning.

## Student's name is wrong

Names come from the school account. Ask the office to correct the SIS record; Classroom updates within a day.

More: [Classroom Help](https://support.google.com/edu/classroom).`,
  },
  {
    title: "Archive last year's classes in Google Classroom",
    topics: ["Class setup & rosters", "Google Classroom"],
    audience: "everyone",
    asks: ["too many old classes", "hide old classroom classes"],
    body: `Archiving moves old classes out of the way without deleting anything, so you and your students can still look things up.

## Steps

1. Go to [classroom.google.com](https://classroom.google.com).
2. On the class card, click **More** (three dots) and **Archive**, then confirm.
3. The class moves to **Archived classes** in the main menu.

## What happens

- Students can still open the class and its materials but can't turn work in.
- You can still reuse its posts in a new class (see **Reuse an assignment or post from last year's class**).
- Nothing in Drive is deleted.

## Restore or delete

- To bring a class back, open **Archived classes**, click **More** on the card and **Restore**.
- You can only delete a class after archiving it. Deleting is permanent, so archive instead unless the class was created by mistake.

**Tip:** archive in the last week of June, before the new classes are created, to keep your class list tidy.

Google's help: [Classroom Help](https://support.google.com/edu/classroom).`,
  },
  {
    title: "Share a Drive folder with your class",
    topics: ["Google Classroom", "Class setup & rosters"],
    audience: "everyone",
    asks: ["share folder with students", "give class access to drive folder"],
    body: `Sometimes a shared folder is easier than attaching files to a post, for example for a class photo collection or a project's resources.

## Share with the class group

1. In [Google Drive](https://drive.google.com), right-click the folder and choose **Share**.
2. Type the class's group address, for example *10b-science@riverside.example* (ask the tech team if you don't know it), or add students one by one.
3. Choose **Viewer** so students can open but not change, or **Editor** if they should add files.
4. Untick **Notify people** if you will post the link in Classroom anyway, then click **Share**.

## Post it in Classroom

Create a **Material**, click **Add** and **Google Drive**, and pick the folder. Students open it from the post.

## Tips

- Editors can delete other people's files. For collections, use **Editor** but keep a copy, or ask students to submit through an assignment instead.
- Never choose **Anyone with the link** for folders with student work.

Google's help: [Share folders in Google Drive](https://support.google.com/drive/answer/7166529).`,
  },
];
