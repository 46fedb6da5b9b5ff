import type { DemoArticleText } from "./demo-article-text.js";

/** Email, calendars and room booking, plus the drafts people are still writing. */
export const OFFICE_ARTICLES: readonly DemoArticleText[] = [
  {
    title: "Set up an out-of-office reply in Gmail",
    topics: ["Email & calendar"],
    audience: "everyone",
    asks: ["out of office email", "auto reply gmail holiday"],
    body: `An automatic reply tells people you are away and who to contact instead.

## Steps

1. In [Gmail](https://mail.google.com), click the gear at the top right and **See all settings**.
2. On the **General** tab, scroll to **Out of office AutoReply** (called **Vacation responder** in some accounts).
3. Choose **Out of office AutoReply on**.
4. Set the **First day** and tick **Last day** so it switches itself off.
5. Write a subject and a short message: when you are back and who to contact meanwhile.
6. Tick **Only send a response to people in my organisation** if you don't want outside senders to know you are away.
7. Click **Save changes**.

## Tips

- People get the reply once every four days, not for every email.
- Put the cover person's email address in the message, not their phone number.
- A banner at the top of Gmail reminds you it's on; click **End now** if you come back early.

Google's help: [Send automatic replies](https://support.google.com/mail/answer/25922).`,
  },
  {
    title: "Sort your email automatically with Gmail filters and labels",
    topics: ["Email & calendar"],
    audience: "everyone",
    revisions: ["Added filters for the parent newsletter and notifications"],
    asks: ["too many emails", "organise gmail folders", "classroom notifications filling inbox"],
    body: `Filters act on new mail as it arrives: label it, skip the inbox, or star it. They turn a flooded inbox into a short list of what matters.

## Create a filter

1. In Gmail, click the **Show search options** icon at the right of the search box.
2. Fill in what to catch, for example **From**: *no-reply@classroom.google.com*.
3. Click **Create filter**.
4. Choose what to do: **Skip the inbox (Archive it)** and **Apply the label**, then pick or create a label such as *Classroom*.
5. Tick **Also apply filter to matching conversations** to tidy old mail too, then **Create filter**.

## Labels

Labels work like folders, but one email can have several. Find them in the left-hand menu; drag emails onto them to file by hand.

## Filters worth having

- Classroom and Drive notifications to a *Notifications* label, skipping the inbox.
- The parent newsletter and all-staff bulletins to *Bulletins*.
- Mail from your head of department starred.

Google's help: [Create rules to filter your emails](https://support.google.com/mail/answer/6579).`,
  },
  {
    title: "Add your school email and calendar to your phone",
    topics: ["Email & calendar"],
    audience: "staff",
    state: "unvalidated",
    asks: ["school email on my phone", "calendar on iphone"],
    body: `You can read school email and see your timetable on your own phone. Doing so is optional; you're never expected to answer out of hours.

## iPhone

1. Install the **Gmail** and **Google Calendar** apps from the App Store (recommended over the built-in Mail app).
2. Open Gmail, tap **Add another account**, choose **Google** and sign in with your school email.
3. Approve the 2-step verification prompt.
4. Open Google Calendar: the account is already there.

## Android

1. Open **Settings**, **Passwords and accounts** (or **Accounts**), **Add account**, **Google**.
2. Sign in with your school email.
3. Gmail and Calendar now show the school account; switch accounts by tapping your picture.

## Good habits

- Set a screen lock on the phone: school email contains student information.
- Turn notifications off for evenings and weekends in the Gmail app's settings.
- If the phone is lost, tell the tech team; they can sign it out of your school account remotely.`,
  },
  {
    title: "Share your calendar with a colleague",
    topics: ["Shared calendars", "Email & calendar"],
    audience: "everyone",
    asks: ["share my calendar", "let my assistant see my calendar"],
    body: `Sharing your calendar lets colleagues find a free slot without emailing back and forth.

## Steps

1. Open [Google Calendar](https://calendar.google.com) on a computer.
2. In the left-hand list, hover over your calendar, click the three dots and **Settings and sharing**.
3. Under **Share with specific people or groups**, click **Add people and groups**.
4. Type your colleague's school email and choose what they can see:
   - **See only free/busy (hide details)**
   - **See all event details**
   - **Make changes to events** (for an assistant or co-planner)
5. Click **Send**.

## Tips

- Everyone at school can already see when you are free or busy; share details only with those who need them.
- Mark a single event **Private** to hide it even from people who see details.
- To see a colleague's calendar, type their name in **Search for people** on the left.

Google's help: [Share your calendar with someone](https://support.google.com/calendar/answer/37082).`,
  },
  {
    title: "Book a room or the laptop cart in Google Calendar",
    topics: ["Shared calendars", "Email & calendar"],
    audience: "everyone",
    revisions: ["Added recurring bookings for a whole term"],
    asks: ["book the library", "reserve laptop cart", "how to book a room"],
    body: `Rooms, laptop carts and equipment are calendar resources: you book them by inviting them to an event.

## Book

1. In Google Calendar, click the time slot and **More options**.
2. Give the event a name, such as *10B research lesson*.
3. Click the **Rooms** tab (next to **Guests**).
4. Type the name, for example *Laptop cart 2* or *Library*, and pick one shown as available.
5. Click **Save**. The resource accepts automatically if it's free.

If it says **Declined**, someone else has it: choose another resource or time.

## Book for a whole term

1. Create the event as above.
2. Under the date, change **Does not repeat** to **Weekly on...**, or **Custom** to set an end date at the end of term.
3. Save. Check the event later: if some dates clash, those dates show as declined.

## Tips

- Delete the event when you no longer need the room so colleagues can use it.
- Laptop carts are collected from and returned to the library.`,
  },
  {
    title: "Create a department calendar everyone can edit",
    topics: ["Shared calendars"],
    audience: "staff",
    asks: ["department calendar", "shared calendar for team"],
    body: `A shared department calendar keeps deadlines, trips and meetings in one place, visible in everyone's own calendar.

## Create it

1. In Google Calendar on a computer, click **+** next to **Other calendars** and **Create new calendar**.
2. Name it, for example *Science department*, and click **Create calendar**.
3. Open its **Settings and sharing**.
4. Under **Share with specific people or groups**, add the department's group address and choose **Make changes to events**.
5. Add a second owner with **Make changes and manage sharing**, so the calendar survives if you leave.

## Use it

Colleagues find it in their **My calendars** list. When creating an event, they choose the department calendar in the event's **calendar** menu instead of their own.

## Tips

- Use colour: one colour per calendar keeps them apart.
- Keep personal appointments out; the whole department can see them.

Google's help: [Create a new calendar](https://support.google.com/calendar/answer/37095).`,
  },
  {
    title: "Let parents book meetings with appointment schedules",
    topics: ["Shared calendars", "Email & calendar"],
    audience: "staff",
    asks: ["parents evening booking", "booking page for parent meetings"],
    body: `An appointment schedule gives you a booking page: parents choose a free slot and it lands in your calendar, with no email back and forth.

## Create the schedule

1. In Google Calendar, click **Create** and **Appointment schedule**.
2. Give it a title, such as *Parent meetings, Year 8*, and set the **length** (10 minutes works well).
3. Set the dates and hours you are available; your busy events are left out automatically.
4. Under **Booked appointment settings**, add a buffer between meetings and a maximum per day.
5. Add a **Google Meet** link if meetings are online, or the room name if in person.
6. Click **Save**.

## Share it

Open the schedule in your calendar, click **Open booking page** and copy the link. Send it to parents through the usual school channel.

## Tips

- Ask for the student's name in the booking form so you can prepare.
- Parents get a confirmation email and a reminder.

Google's help: [Learn about appointment schedules](https://support.google.com/calendar/answer/10729749).`,
  },
  {
    title: "Add captions to class videos",
    topics: ["Video editing"],
    audience: "everyone",
    state: "draft",
    body: `Captions help students who are deaf or hard of hearing, learners of English, and anyone watching in a noisy room.

## Videos in Google Drive

1. Upload the video to Drive and open it.
2. Click the three dots and **Manage caption tracks**.
3. Upload a caption file (.srt or .sbv), or type captions in the editor.

## Automatic captions

Google Slides and Meet can show live captions: click **CC** in Slides' presenter controls or in Meet's toolbar.

## Still to write

- Captions in WeVideo and iMovie.
- How to check and fix automatic captions quickly.

Google's help: [Google Drive Help](https://support.google.com/drive).`,
  },
  {
    title: "Use the document camera in a Google Meet lesson",
    topics: ["Projectors & displays", "Video & podcasting"],
    audience: "everyone",
    state: "draft",
    body: `The document camera works as a webcam, so students at home can see what you show on the desk.

## Steps

1. Plug the document camera's USB cable into your laptop.
2. In Google Meet, click the three dots, **Settings**, **Video**.
3. Choose the document camera in the **Camera** list.
4. Switch back to your normal camera the same way.

## Tips

- Present the camera in the room at the same time by choosing the **USB** input on the projector.
- Turn on the camera's light for pages with small print.

## To add

- Photos of the camera models in each building.
- Using it with Zoom.

Google's help: [Google Meet Help](https://support.google.com/meet).`,
  },
  {
    title: "Connect a Bluetooth speaker to a Chromebook",
    topics: ["Chromebooks"],
    audience: "everyone",
    state: "draft",
    body: `Handy for group work and listening stations.

## Steps

1. Put the speaker in pairing mode (usually hold the Bluetooth button until the light flashes).
2. On the Chromebook, click the time, then **Bluetooth**, and make sure it's on.
3. Pick the speaker from the list. It connects in a few seconds.
4. Click the arrow next to the volume slider to check the speaker is chosen as output.

## Notes

- Only one Chromebook can use the speaker at a time.
- Turn the speaker off after the lesson so the next class can pair it.

## To check with the tech team

Whether Bluetooth is enabled for all student Chromebooks, or only some year groups.

Google's help: [Chromebook Help](https://support.google.com/chromebook).`,
  },
];
