/**
 * Words of the demo school's requests: per topic and mode, titles and descriptions with `{slot}`s that
 * the composer fills from SLOTS, so each topic reads in several dozen distinct ways. Data only.
 */

/** The phrasings of one mode on one topic. */
export interface ModeTexts {
  titles: readonly string[];
  descriptions: readonly string[];
}

/** A topic's phrasings; a topic without `idea` texts gets no idea requests. */
export interface TopicTexts {
  guide: ModeTexts;
  do: ModeTexts;
  idea?: ModeTexts;
}

export const SLOTS: Record<string, readonly string[]> = {
  room: ["room 14", "room 3", "room 21", "room 108", "room 205", "the science lab B2", "the library", "the music room", "the art studio", "the drama studio", "room 12", "the staffroom", "the Grade 5 classroom", "room 17"],
  class: ["6B Science", "7A English", "Grade 8 History", "Year 9 Maths", "IB Biology HL", "Grade 10 Geography", "5C", "Grade 4 Portuguese", "IB Economics SL", "Grade 7 Art", "MYP Design", "Grade 11 Physics", "3A", "Grade 6 Music"],
  grade: ["Grade 6s", "Grade 4s", "Year 9s", "Grade 7s", "IB students", "Grade 10s", "Grade 3s", "Grade 8s"],
  subject: ["Science", "English", "History", "Maths", "Geography", "Art", "Music", "Portuguese", "Design", "PE"],
  deadline: ["before Monday's lesson", "by Friday", "before parents' evening", "for tomorrow's first period", "before the unit starts next week", "by the end of the week", "before report deadline on Thursday", "for my observation on Wednesday", "before the trip on Tuesday"],
  day: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
  period: ["period 1", "period 2", "period 3", "period 4", "period 5", "after lunch", "first thing in the morning"],
  device: ["my laptop", "my MacBook", "my school laptop", "the class iPad", "my Windows laptop", "the teacher PC", "my phone"],
  asset: ["CB-1042", "CB-0877", "CB-1219", "CB-0631", "CB-1388", "CB-0954", "CB-1107"],
  printer: ["the staffroom printer", "the library copier", "the printer by room 20", "the Grade 5 corridor printer", "the colour printer in the art studio", "the admin office copier"],
  app: ["GeoGebra", "Audacity", "Scratch", "Thonny", "Tinkercad", "MuseScore", "Shotcut", "Stellarium", "QGIS", "Inkscape"],
  site: ["Padlet", "Kahoot", "a museum's virtual tour site", "YouTube for one video", "Quizlet", "Blooket", "the BBC Bitesize videos", "a coding site for Hour of Code", "Canva"],
  n: ["24", "18", "27", "30", "22", "16", "26"],
  event: ["the science fair", "International Day", "the spring concert", "the Grade 5 exhibition", "sports day", "the book fair", "the open day"],
};

export const TOPIC_TEXTS: Record<string, TopicTexts> = {
  "Google Classroom": {
    guide: {
      titles: ["How do I reuse a post from last year's class?", "Can someone show me how to organise Classroom by topic?", "Classroom: how do I schedule posts?", "How do I add a co-teacher in Classroom?", "Show me how to use the Classroom stream properly", "Where did my archived classes go?"],
      descriptions: ["I'd like to learn to do this myself for {class} — can someone show me the steps {deadline}?", "Could someone walk me through it? I'm free {period} on {day} in {room}.", "I keep getting lost in the menus. A quick demo would help, then I'll manage on my own.", "I tried following a video but the buttons look different. Can you show me on {device}?"],
    },
    idea: {
      titles: ["I'd love my {grade} to run a class blog in Classroom", "Idea: peer feedback through Classroom", "Could Classroom work as a reading journal for {class}?", "I want my {grade} to build a digital portfolio"],
      descriptions: ["I'd love my {grade} to post their work and comment on each other's. Could someone help me think through how to set it up so I can run it myself?", "I have an idea for {class} this term and want to use Classroom for it. Can we sit together {period} on {day} and plan it?", "We're starting a project for {event} and I'd like the students to submit drafts and reflections in Classroom. Help me plan it?"],
    },
    do: {
      titles: ["Please copy my classes over to the new term", "Please set up Classroom for {class}", "Can you fix my Classroom for me?", "Classroom is a mess — please sort it out"],
      descriptions: ["Please just do it for me, I don't have time this week. Needed {deadline}.", "Could you set it all up for {class}? I'll send you the student list.", "Please sort out the posts and topics in my {class} class, they're all over the place."],
    },
  },
  Assignments: {
    guide: {
      titles: ["How do I create a quiz assignment?", "Can someone show me how to schedule an assignment?", "How do I reuse an assignment in another class?", "How do I give one student extra time on an assignment?", "Show me how to attach a template so each student gets a copy", "How do I set up an assignment for just some students?", "Assignment due dates keep showing wrong — how do I set them?"],
      descriptions: ["I want to set this up for {class} and learn it properly. Can someone show me {deadline}?", "Can someone show me how to do it myself? I tried but the students all edited the same document.", "I'd like a 10-minute walkthrough, {period} on {day} works for me, in {room}.", "I have {n} students and two need a different version. How do I do that?", "I watched the help page but got stuck at the 'Make a copy for each student' step."],
    },
    idea: {
      titles: ["I'd love my {grade} to submit video reflections", "Idea: choice boards as assignments for {class}", "Can we make a self-marking quiz series for {class}?", "I want my {grade} to peer-review each other's essays"],
      descriptions: ["I'd love my {grade} to record short reflections and hand them in as assignments. Can you help me work out how so I can run it myself?", "I'm planning a unit where students pick from a choice board. I'd like help designing the assignments {deadline}.", "I want weekly self-marking quizzes for {class} that I can reuse next year. Could someone help me get started?"],
    },
    do: {
      titles: ["Please create the assignments for {class}", "Please set up my quiz in Classroom", "Can you post my assignment for me?", "Please reschedule all my assignments", "Please make copies of the worksheet for each student"],
      descriptions: ["I've put the worksheet in my Drive. Please set it up as an assignment for {class} {deadline}.", "Please just post it for me, I'm teaching all day.", "The dates are all wrong after the timetable change. Please fix them for {class}.", "I don't have time to learn this right now, please do it for me."],
    },
  },
  Grading: {
    guide: {
      titles: ["How do I attach a rubric to an assignment?", "How do I return work to students?", "Can someone show me how to export grades?", "How do grade categories work in Classroom?", "Show me how to use the grading tool with comments"],
      descriptions: ["Reports are due {deadline} and I'd like to learn the export myself. Can someone show me?", "I'd like to reuse my rubric for {class}. Could someone walk me through it?", "Can someone show me {period} on {day}? I'll bring {device}.", "I have {n} essays to mark and want to use the comment bank. How does it work?"],
    },
    idea: {
      titles: ["I'd love to try single-point rubrics with {class}", "Idea: students self-assess with the rubric first"],
      descriptions: ["I'd love my {grade} to self-assess before I grade. Can someone help me set up a rubric workflow I can run myself?", "I want to try a different way of giving feedback in {class}. Could we plan it together?"],
    },
    do: {
      titles: ["Please export my grades for reports", "Please fix my grade categories", "Please copy the rubric to all my assignments", "Grades aren't adding up — please sort it"],
      descriptions: ["Reports are due {deadline}. Please export the {class} grades to a spreadsheet for me.", "Please set up the categories the way the department wants, I don't know how.", "Could you just do it? I have {n} students and no time this week."],
    },
  },
  "Class setup & rosters": {
    guide: {
      titles: ["How do I invite students to my class?", "Can someone show me how to add a co-teacher?", "How do I archive last year's classes?", "How do I share the class code safely?", "Show me how to set up a new class"],
      descriptions: ["New term, new classes. I'd like to learn to set them up myself — can someone show me once?", "I have a new student joining {class}. How do I add them myself?", "Can someone show me {period} on {day} in {room}?", "I'd rather learn it than ask every term. A quick demo please."],
    },
    do: {
      titles: ["Please add the new students to {class}", "Please create my classes for this term", "Please add me as co-teacher to {class}", "Please remove the students who left", "Please archive my old classes"],
      descriptions: ["Here's the list of {n} students. Please add them to {class} {deadline}.", "Please set up all four of my classes, same names as last year.", "Please do it for me, the roster changed again.", "Two students moved to another section. Please fix the rosters."],
    },
  },
  "Projectors & displays": {
    guide: {
      titles: ["How do I freeze the projector image?", "Can someone show me the projector remote?", "How do I switch inputs on the display in {room}?", "The picture is cut off — how do I fix the aspect ratio?"],
      descriptions: ["I'm new to {room} and the display works differently. Can someone show me before {period}?", "I'd like to be able to sort it out myself next time. Quick demo?", "Can someone come by {period} on {day} and show me the settings?"],
    },
    do: {
      titles: ["The projector in {room} won't turn on", "Display in {room} shows no signal", "Projector in {room} is very dim", "Please fix the screen in {room}"],
      descriptions: ["I have a lesson {period}, please fix it before then.", "It worked yesterday. Please come and sort it out.", "The image keeps flickering. Please have a look {deadline}."],
    },
  },
  "Connecting a laptop": {
    guide: {
      titles: ["How do I connect {device} to the projector?", "Can someone show me how to mirror my screen?", "How do I extend my display instead of mirroring?", "Which adapter do I need for the display in {room}?", "Sound doesn't come through the projector — how do I fix it?", "How do I present and still see my notes?"],
      descriptions: ["I'd like to learn to do this myself. Can someone show me in {room} {period} on {day}?", "I keep having to ask. Please show me once so I can do it alone.", "I tried the HDMI cable but only get my desktop wallpaper. What am I missing?", "I want to show my slides while seeing my notes on {device}. Can someone show me how?"],
    },
    idea: {
      titles: ["I'd love my {grade} to present from their Chromebooks", "Idea: student-led screen sharing in {class}"],
      descriptions: ["I'd love my {grade} to share their work on the big screen from their own devices. Can someone help me set it up so they can do it themselves?", "I want students to present their projects for {event}. Could someone help me plan how they connect?"],
    },
    do: {
      titles: ["Please connect my laptop in {room}", "My laptop won't show on the projector", "Please set up the display for my presentation", "Can't get any picture from {device}"],
      descriptions: ["I have a lesson {period}. Please come and connect it for me.", "Please set it up before {event}, I'll be busy with the students.", "Nothing shows on the projector. Please fix it before {period}."],
    },
  },
  "Interactive whiteboards": {
    guide: {
      titles: ["How do I calibrate the whiteboard in {room}?", "Can someone show me the whiteboard software?", "How do I save what I wrote on the board?", "The pen writes in the wrong place — how do I fix it?", "Show me how to use the board's screen recorder"],
      descriptions: ["Can someone show me how to do it myself? I'm in {room} {period} on {day}.", "I'd like to save the notes from {class} and share them in Classroom. How do I do that?", "The pen is off by a few centimetres. I'd rather learn to fix it than wait."],
    },
    idea: {
      titles: ["I'd love my {grade} to do maths talks at the board", "Idea: collaborative mind maps on the whiteboard", "Could we record mini-lessons on the board for {class}?"],
      descriptions: ["I'd love my {grade} to work at the board in pairs and save their work. Could someone help me plan it?", "I want to record short explanations on the board and post them for {class}. Can someone help me get going?"],
    },
    do: {
      titles: ["Whiteboard in {room} not responding", "Please calibrate the board in {room}", "Whiteboard pens not working in {room}", "Please install the board software on my laptop"],
      descriptions: ["It doesn't react to touch at all. Please fix it {deadline}.", "Please come and calibrate it, the pen is way off.", "Lesson {period}, please sort it before then."],
    },
  },
  "Lamp replacement": {
    guide: {
      titles: ["How do I know when the projector lamp needs replacing?", "What does the lamp warning light mean?"],
      descriptions: ["The projector in {room} shows an orange light. Is that the lamp? Just want to understand it.", "Can someone explain the lamp hours warning so I know when to report it?"],
    },
    do: {
      titles: ["Projector lamp in {room} is dead", "Lamp warning on the projector in {room}", "Please replace the projector lamp in {room}", "Projector in {room} very dim — lamp?", "Projector filter warning in {room}"],
      descriptions: ["The lamp light is red and the picture is gone. I'm teaching there {period}.", "It's been getting dimmer for weeks and now it says replace lamp.", "Please replace it {deadline}, we need it for {event}.", "The filter warning keeps popping up every lesson."],
    },
  },
  "Accounts & passwords": {
    guide: {
      titles: ["How do I change my school password?", "Can someone show me the password reset page?", "How do I set up a password manager?", "How do I sign out of all devices?", "Show me how to update my recovery email"],
      descriptions: ["I'd like to be able to reset it myself next time. Can someone show me the steps?", "I keep forgetting which password goes where. Can someone show me how to use a password manager on {device}?", "Quick demo {period} on {day}? I'd rather not ask every time."],
    },
    do: {
      titles: ["Please reset my password", "Forgot my password again", "Can't sign in to my school account", "Password expired — please reset", "Please reset the password for my student", "Locked out after the holidays"],
      descriptions: ["I can't get into my account and have a lesson {period}. Please reset it.", "Please reset it and send me a new one.", "It says my password is wrong but I didn't change it. Please fix it.", "One of my students in {class} forgot their password. Please reset it.", "Back from the break and nothing works. Please reset my password."],
    },
  },
  "Two-step verification": {
    guide: {
      titles: ["How do I set up two-step verification?", "Got a new phone — how do I move my 2-step codes?", "How do I use backup codes?", "Show me how to set up the authenticator app"],
      descriptions: ["I got the reminder email and want to set it up myself. Can someone show me?", "I changed phones and want to learn how to move it myself. Free {period} on {day}.", "Can someone show me where the backup codes are so I'm not stuck next time?"],
    },
    do: {
      titles: ["Please turn off 2-step verification for me", "Lost my phone, can't get codes", "Please set up 2-step on my account", "2-step code not arriving"],
      descriptions: ["I can't get the code and can't sign in. Please sort it out.", "Please just sort it for me, I'll bring {device}.", "I'm stuck at the code screen and have a lesson {period}."],
    },
  },
  "Account unlocks": {
    guide: {
      titles: ["Why does my account keep getting locked?", "What should I do when my account is locked?"],
      descriptions: ["It happened twice this month. I'd like to understand why so it stops.", "Can someone explain what locks an account so I can avoid it?"],
    },
    do: {
      titles: ["My account is locked", "Please unlock my account", "Account suspended — please help", "Student account locked in {class}", "Locked out of my email"],
      descriptions: ["It says too many attempts. Please unlock it, I have a lesson {period}.", "My account says suspended. Please unlock it {deadline}.", "A student in {class} is locked out and can't submit work.", "Locked again after the password change."],
    },
  },
  "Network & Wi-Fi": {
    guide: {
      titles: ["How do I check if the problem is the Wi-Fi or my laptop?", "Why is the internet slow in {room}?", "Can someone show me how to forget and rejoin a network?"],
      descriptions: ["I'd like to be able to check this myself before reporting. Can someone show me?", "The connection drops during {class}. How do I find out why?"],
    },
    do: {
      titles: ["No internet in {room}", "Wi-Fi very slow in {room}", "Network down in the staffroom", "Internet keeps dropping in {room}"],
      descriptions: ["Nobody in {room} can get online. Please fix it before {period}.", "Videos won't load and the class is waiting. Please help.", "It's been slow all week. Please have a look."],
    },
  },
  "Joining the Wi-Fi": {
    guide: {
      titles: ["How do I connect my phone to the staff Wi-Fi?", "Can someone show me how to set up the guest Wi-Fi for a visitor?", "How do I join the school Wi-Fi on {device}?", "Wi-Fi asks for a certificate — what do I do?"],
      descriptions: ["I'd like to learn to do it myself. Can someone show me {period} on {day}?", "We have a guest speaker on {day}. How do I get them online?", "I keep getting a certificate warning and don't know whether to accept it."],
    },
    do: {
      titles: ["Please connect my new laptop to the Wi-Fi", "Can't connect to the school Wi-Fi", "Please set up Wi-Fi for our visitors", "Wi-Fi won't accept my password"],
      descriptions: ["Please connect it for me, I'll leave it in {room}.", "It just says 'unable to join'. Please fix it.", "We have visitors for {event}. Please set up guest access."],
    },
  },
  "Firewall rules": {
    guide: {
      titles: ["Why is {site} blocked?", "How do I ask for a site to be unblocked?"],
      descriptions: ["I'd like to understand how the filtering works so I can plan my lessons around it.", "What's the process for asking for a site to be allowed?"],
    },
    do: {
      titles: ["Please unblock {site}", "{site} is blocked for students", "Can't reach {site} from school", "Please allow {site} for {class}"],
      descriptions: ["I planned a lesson with {site} for {class} {deadline}. Please unblock it.", "Students get a block page when they open it. Please allow it.", "It works at home but not at school. Please check the filter."],
    },
  },
  Chromebooks: {
    guide: {
      titles: ["How do I take a screenshot on a Chromebook?", "Can someone show me how to share the class Chromebook cart?", "How do students switch accounts on a Chromebook?", "Show me how to update the Chromebooks", "How do I connect a Chromebook to the printer?"],
      descriptions: ["My {grade} use them every day. I'd like to be able to help them myself.", "Can someone show me {period} on {day}? I'll bring a Chromebook from the cart.", "I'd like to learn this so I don't have to ask next time."],
    },
    idea: {
      titles: ["I'd love my {grade} to make stop-motion films on the Chromebooks", "Idea: a Chromebook help desk run by students"],
      descriptions: ["I'd love my {grade} to make short stop-motion films. Can someone help me work out which apps and how?", "I want a few students in {class} to become Chromebook helpers for the class. Could someone help me plan it?"],
    },
    do: {
      titles: ["Chromebook {asset} won't turn on", "Please sort out the Chromebook cart in {room}", "Chromebook {asset} stuck on update", "Half the Chromebooks in the cart aren't charging"],
      descriptions: ["Please fix it, the student needs it for {class}.", "Please check them all before {period} on {day}.", "It keeps restarting. Please sort it out."],
    },
  },
  "Student devices repair": {
    guide: {
      titles: ["How do I report a broken Chromebook?", "What happens when a student breaks a device?"],
      descriptions: ["I'd like to know the process so I can tell my students.", "Who handles warranty claims and how long do they take?"],
    },
    do: {
      titles: ["Chromebook {asset} has a cracked screen", "Keyboard broken on {asset}", "{asset} battery won't charge", "Chromebook {asset} dropped — won't start", "Missing keys on {asset}"],
      descriptions: ["It belongs to a student in {class}. Please repair or replace it.", "Please fix it {deadline}; the student is using a spare for now.", "Please have a look, it's been like this since {day}.", "The student needs it for {class}. Please repair it."],
    },
  },
  Printing: {
    guide: {
      titles: ["How do I print double-sided?", "Can someone show me how to add {printer} to my laptop?", "How do I print from a Chromebook?", "How do I use secure print with my badge?", "How do I scan to email?"],
      descriptions: ["I'd like to learn to set it up myself. Can someone show me {period} on {day}?", "I keep wasting paper. Show me the settings once please.", "I want to scan the {class} worksheets and share them. How does it work?"],
    },
    do: {
      titles: ["Can't print to {printer}", "Please add {printer} to my laptop", "My print jobs aren't coming out", "{printer} says offline"],
      descriptions: ["I need the worksheets for {period}. Please fix it.", "Please set it up for me, I'll leave {device} in {room}.", "Nothing comes out and there's no error. Please have a look."],
    },
  },
  "Printer maintenance": {
    guide: {
      titles: ["What do I do when {printer} jams?", "How do I know which toner to order?"],
      descriptions: ["I'd like to know which jams I can clear myself and which to report.", "Can someone show me what the warning lights mean?"],
    },
    do: {
      titles: ["{printer} is jammed inside", "{printer} out of toner", "Streaks on everything from {printer}", "{printer} making a grinding noise", "Paper jam in {printer} that won't clear"],
      descriptions: ["Please fix it {deadline}, we have reports to print.", "I tried the usual and it's still not working. Please have a look.", "It's been like this since {day} and the whole corridor uses it.", "Please have a look before someone breaks it."],
    },
  },
  "Email & calendar": {
    guide: {
      titles: ["How do I set up an email signature?", "Can someone show me how to create email filters?", "How do I share my calendar with my team?", "How do I set an out-of-office reply?", "How do I schedule an email to send later?"],
      descriptions: ["I'd like to learn to manage my inbox better. Can someone show me {period} on {day}?", "I'm going on a trip and want to set it up myself this time.", "I get so many emails. Can someone show me how to sort them automatically?"],
    },
    do: {
      titles: ["Please set up my email signature", "Please set my out-of-office", "Emails from parents going to spam", "Please recover a deleted email"],
      descriptions: ["Please do it for me, I'm away from {day}.", "I deleted an important email from a parent. Please get it back.", "Please set it up with the school logo."],
    },
  },
  "Shared calendars": {
    guide: {
      titles: ["How do I book {room} in the calendar?", "Can someone show me how to subscribe to the department calendar?", "How do I make a shared calendar for my team?", "How do I see when the library is free?"],
      descriptions: ["I'd like to book rooms myself instead of emailing. Can someone show me?", "Our {subject} team wants a shared calendar. How do I set one up?", "Can someone show me {period} on {day}?"],
    },
    idea: {
      titles: ["Idea: a shared calendar for {event}", "I'd love our team to plan {event} in one calendar"],
      descriptions: ["We're organising {event} and I'd love everyone to see the schedule in one place. Can someone help me set it up so I can manage it?"],
    },
    do: {
      titles: ["Please book {room} for {day}", "Please share the {subject} calendar with me", "Please fix the room booking calendar", "Please create a calendar for {event}"],
      descriptions: ["Please book it for {period}, I can't find how.", "Please add me, I can't see the department events.", "Please set it up and share it with the {subject} team."],
    },
  },
  "Video & podcasting": {
    guide: {
      titles: ["How do I record my screen for a lesson video?", "Where should students upload their videos?", "What's the best free tool for recording audio?"],
      descriptions: ["I'd like to make short videos for {class}. Can someone show me where to start?", "I want to learn the basics so I can help my students myself."],
    },
    idea: {
      titles: ["I'd love my {grade} to make a news show", "Idea: a school radio for {event}", "I want {class} to make documentaries"],
      descriptions: ["I'd love my {grade} to produce a weekly news show. Could someone help me figure out equipment and a workflow I can run?", "We want to broadcast interviews during {event}. Can someone help us plan it?", "My students want to make short documentaries. I'd like help planning it so they do the work."],
    },
    do: {
      titles: ["Please record the assembly", "Please upload our class video", "Please make a video of {event}"],
      descriptions: ["Please film it and put it on the school channel.", "Please upload it for me, the file is on a USB stick in {room}."],
    },
  },
  "Podcast recording": {
    guide: {
      titles: ["How do I set up the USB microphones?", "Can someone show me how to record in {app}?", "How do we publish a podcast episode?", "How do I reduce background noise in a recording?"],
      descriptions: ["I want to learn it so I can run recordings with {class} myself.", "Can someone show me {period} on {day} in {room}?", "Our first recording had lots of echo. What can we do?"],
    },
    idea: {
      titles: ["I'd love my {grade} to make podcasts", "Idea: a book-review podcast for the library", "I want {class} to interview grandparents for a podcast", "Podcast series for {event}?"],
      descriptions: ["I'd love my {grade} to make their own podcast episodes about our unit. Can someone help me plan it so they do the recording themselves?", "I want students to interview family members and publish the stories. Can someone help me get started with equipment and a plan?", "We'd like a short podcast series around {event}. Could someone mentor me through it?"],
    },
    do: {
      titles: ["Please record our class podcast", "Please edit our podcast episode", "Please publish the episode for {class}"],
      descriptions: ["Please edit it and publish it {deadline}.", "Could you record it for us on {day}? I don't know the equipment."],
    },
  },
  "Video editing": {
    guide: {
      titles: ["How do I trim a video?", "Can someone show me how to add subtitles?", "How do I export a video small enough to share?", "Show me how to add music to a video legally", "How do I split a clip in {app}?"],
      descriptions: ["My students are making videos for {class} and I want to be able to help them.", "Can someone show me {period} on {day}? I'll bring {device}.", "The export is 4 GB and won't upload. How do I make it smaller?"],
    },
    idea: {
      titles: ["I'd love my {grade} to make book trailers", "Idea: a video yearbook for Grade 12", "I want {class} to make explainer videos"],
      descriptions: ["I'd love my {grade} to make trailers for their favourite books. Can someone help me plan the editing part so they can do it themselves?", "I want students to explain a concept in a 2-minute video. Could someone help me set this up for {class}?"],
    },
    do: {
      titles: ["Please edit the video from {event}", "Please convert my video for the website", "Please cut the recording of {event}"],
      descriptions: ["Please edit it down to five minutes {deadline}.", "Please just do it, I don't know the software."],
    },
  },
  "Software installs": {
    guide: {
      titles: ["How do I request new software?", "Is there a free alternative to {app}?", "How do I install apps from the school software centre?"],
      descriptions: ["I'd like to know the process so I can plan for next term.", "Can someone show me the software centre so I can install approved apps myself?"],
    },
    do: {
      titles: ["Please install {app} on my laptop", "Please install {app} in {room}", "Licence for {app} expired", "{app} needed on the lab computers"],
      descriptions: ["I need it for {class} {deadline}. Please install it.", "Please install it on all the computers in {room}.", "It says the licence expired. Please renew or reinstall it.", "We start the unit next week. Please install it before then."],
    },
  },
};

/** Students ask in their own words, on the topics they meet. */
export const STUDENT_TEXTS: Record<string, Partial<TopicTexts>> = {
  "Google Classroom": { guide: { titles: ["How do I join a class with a code?", "Where do I find my teacher's comments?"], descriptions: ["I'm new and don't know where to look. Can someone show me?", "My teacher said to check Classroom but I can't find it."] } },
  Assignments: {
    guide: { titles: ["How do I hand in my assignment?", "How do I unsubmit and fix my work?"], descriptions: ["I clicked 'Mark as done' but the file isn't there. How do I do it properly?", "I need to fix a mistake before the deadline. How?"] },
    do: { titles: ["My assignment won't submit", "Please help, I can't hand in my work"], descriptions: ["It's due {deadline} and the button doesn't work. Please fix it.", "The upload keeps failing. Please help."] },
  },
  "Accounts & passwords": {
    guide: { titles: ["How do I change my password?"], descriptions: ["I want to change it myself. Where do I go?"] },
    do: { titles: ["I forgot my password", "Please reset my password", "Can't log in to my account"], descriptions: ["I can't log in and have a test in {class}. Please reset it.", "Please reset it, I don't remember it."] },
  },
  "Two-step verification": { do: { titles: ["Can't get my 2-step code"], descriptions: ["I got a new phone and can't log in. Please help."] } },
  "Account unlocks": { do: { titles: ["My account is locked", "Account says suspended"], descriptions: ["I tried my password too many times. Please unlock it.", "I can't log in for {class}. Please unlock it."] } },
  "Joining the Wi-Fi": {
    guide: { titles: ["How do I get my phone on the student Wi-Fi?"], descriptions: ["Can someone show me how to join it?"] },
    do: { titles: ["My Chromebook won't connect to Wi-Fi"], descriptions: ["It says no internet. Please fix it before {period}."] },
  },
  Chromebooks: {
    guide: { titles: ["How do I take a screenshot?", "How do I split the screen on my Chromebook?"], descriptions: ["I need it for my {subject} project. Can someone show me?", "Can someone show me at lunch?"] },
    do: { titles: ["My Chromebook {asset} is really slow", "Chromebook {asset} won't charge"], descriptions: ["It takes ages to open anything. Please fix it.", "It won't turn on. Please help, I have {class} {period}."] },
  },
  "Student devices repair": { do: { titles: ["I cracked my Chromebook screen", "Keys falling off {asset}"], descriptions: ["It fell off my desk. Please fix it.", "Some keys came off. Please repair it."] } },
  Printing: {
    guide: { titles: ["How do I print from my Chromebook?"], descriptions: ["I need to print my {subject} project. How do I do it?"] },
    do: { titles: ["My printing doesn't come out"], descriptions: ["I sent it to {printer} but nothing happened. Please help."] },
  },
  "Podcast recording": { idea: { titles: ["Our group wants to start a podcast", "Can we make a school podcast?"], descriptions: ["A few of us in {class} want to make a podcast about school life. Can someone help us get started?"] } },
  "Video editing": {
    guide: { titles: ["How do I add subtitles to my video?", "How do I export my video?"], descriptions: ["It's for my {subject} project due {deadline}. Can someone show me?"] },
    idea: { titles: ["We want to make a short film for {event}"], descriptions: ["Our group has a script and wants to film and edit it. Can someone help us learn how?"] },
  },
};

/** What requesters sometimes say they tried first. */
export const TRIED: readonly string[] = [
  "Restarted it twice.", "Turned it off and on again.", "Waited a day in case it fixed itself.", "Looked at the help page but got lost.",
  "Asked a colleague, they didn't know either.", "Searched the knowledge base.", "Tried on a different device.", "Logged out and back in.",
];

export const REPLIES = {
  firstGuide: ["Happy to show you! Are you free {period} on {day}? I'll come to {room}.", "Sure — let's do it together so you can do it alone next time. {day} {period}?", "Good question. I'll walk you through it; bring your laptop.", "Yes! It takes about ten minutes to learn. When suits you?"],
  firstIdea: ["Love this idea! Let's meet {day} {period} to plan it — bring your unit outline.", "Great plan. I can help you set it up and you run it. Free on {day}?", "This will be fun. I'll share a couple of examples first, then we plan it together."],
  firstDo: ["On it — I'll come by {period}.", "I'll sort it out today.", "Got it, I'll take care of it.", "I'll do it now. Next time I can show you how if you like — it's quick."],
  firstSpecialist: ["I'll have a look {period}.", "Ordered the part; I'll fit it as soon as it arrives.", "Thanks for reporting. I'll check it on {day}.", "Logged it. I'll come by with the tools."],
  waiting: ["Could you tell me which room and what you see on the screen?", "Can you send a photo of the error message?", "Which class is it for? I'll need the student list.", "Does it happen on every device or just yours?"],
  waitingGuide: ["Which day works for you this week?", "Can you share the document you're working on?", "Which class is it for? I'll bring an example.", "What have you tried so far?"],
  requesterReplyGuide: ["{day} {period} works!", "Thanks, that worked!", "Got it — I managed the rest myself.", "Here's the link to the document.", "Still a bit stuck on the last step, but I'll try again.", "Thank you, that was really clear."],
  requesterReply: ["Thanks, that worked!", "Here's the photo of the error.", "It's {room}, and it happens every morning.", "Perfect, thank you so much!", "Thanks, all good now.", "Yes, it's every device in the room."],
  finalGuide: ["Great — you've got it! I've left the steps in the knowledge base for next time.", "Nice work. Shout if anything's unclear.", "You did it all yourself — well done."],
  finalDo: ["Done. All working now.", "Sorted — it should work for your lesson.", "Fixed. Let me know if it acts up again."],
  selfSolved: ["Never mind — I found the answer in the knowledge base, all sorted.", "Figured it out myself, thanks!", "A colleague showed me, solved now."],
  notNeeded: ["No longer needed, the lesson moved.", "We don't need this any more, thanks.", "Sorted itself out after a restart."],
  reopen: ["It's happening again, sorry.", "It worked for a day and now it's broken again.", "Still not working after all, could you look again?"],
};
