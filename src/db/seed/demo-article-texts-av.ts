import type { DemoArticleText } from "./demo-article-text.js";

/** Projectors, displays, whiteboards, and recording and editing audio and video with classes. */
export const AV_ARTICLES: readonly DemoArticleText[] = [
  {
    title: "Connect a laptop to the classroom projector (HDMI and wireless)",
    topics: ["Connecting a laptop", "Projectors & displays"],
    audience: "everyone",
    revisions: ["Added wireless casting steps", "Added what to do when the screen stays blank"],
    asks: ["how do i get my slides on the big screen", "projector no signal laptop", "connect macbook to projector", "screen not showing on projector"],
    body: `Every classroom has an HDMI cable at the teacher's desk, and most rooms also take a wireless connection.

## With the HDMI cable

1. Turn the projector on with the remote or the wall panel and wait for the lamp to warm up (about 30 seconds).
2. Plug the HDMI cable into your laptop. MacBooks and newer laptops need the USB-C adapter kept in the desk drawer.
3. On the wall panel or remote, choose the **HDMI** input.
4. Your laptop should show its screen within a few seconds. On Windows press **Windows + P** and choose **Duplicate**; on a Mac open **System Settings**, **Displays** and set **Mirror**.

## Wirelessly

1. Connect your laptop to the **Riverside** Wi-Fi (not Guest).
2. Switch the projector to the **Wireless** input. The screen shows the room's name.
3. Windows: press **Windows + K** and pick the room. Mac: open **Control Centre**, **Screen Mirroring** and pick the room. Chromebook: click the time, then **Cast**.

## The screen stays blank

- Press **Input** or **Source** until the right input shows.
- Unplug the cable from the laptop and plug it back in; try the other end at the wall plate.
- Check the projector isn't on **AV mute** (the **Blank** button on the remote).
- Still nothing? Ask for help with the room number, so whoever comes brings a spare cable.`,
  },
  {
    title: "Projector says \"No signal\": a two-minute checklist",
    topics: ["Projectors & displays", "Connecting a laptop"],
    audience: "everyone",
    asks: ["projector says no signal", "no source found projector", "projector blue screen nothing showing"],
    body: `"No signal" means the projector is on but isn't receiving a picture. Work down this list before calling for help; it fixes most cases.

## Checklist

1. **Right input?** Press **Source** or **Input** on the remote or wall panel and step through the inputs slowly. The teacher's desk cable is usually **HDMI 1**.
2. **Cable seated?** Push the HDMI plug firmly into the laptop and the adapter. Loose adapters are the most common cause.
3. **Laptop sending?** Windows: press **Windows + P** and choose **Duplicate**. Mac: open **System Settings** and **Displays**; if the projector isn't listed, click **Detect Displays** (hold **Option** to see it).
4. **Laptop asleep?** Wake it and sign in; some laptops stop the external picture on the lock screen.
5. **Try another device.** If a colleague's laptop also gets no signal, the cable or wall plate is at fault.

## When to ask

If step 5 fails, the cable, wall plate or projector board needs the tech team. Send a request naming the room; mention what you tried so nobody repeats it.`,
  },
  {
    title: "Extend or duplicate your screen on Windows and Mac",
    topics: ["Connecting a laptop"],
    audience: "everyone",
    asks: ["see my notes while students see slides", "projector shows desktop not slides", "extend display"],
    body: `**Duplicate** shows the same picture on both screens. **Extend** makes the projector a second screen, so you can keep notes or the register on your laptop while the class sees only the slides.

## Windows

1. Press **Windows + P**.
2. Choose **Duplicate** or **Extend**.
3. For Extend, drag windows to the right edge of your screen to move them to the projector. In **Settings**, **System**, **Display** you can rearrange the screens to match the room.

## Mac

1. Open **System Settings** and **Displays**.
2. Choose the projector and set **Use as** to **Extended display**, or **Mirror** to duplicate.
3. Drag the screens in the arrangement so the projector sits where it is in the room.

## Presenter view in Slides and PowerPoint

- Google Slides: click the arrow next to **Slideshow** and choose **Presenter view**; move the audience window to the projector.
- PowerPoint: on the **Slide Show** tab tick **Use Presenter View**; it picks the projector automatically when you extend.

Microsoft's help: [Connect to a projector or PC](https://support.microsoft.com/windows). Apple's: [Mac User Guide](https://support.apple.com/guide/mac-help/welcome/mac).`,
  },
  {
    title: "Play sound from your laptop through the room speakers",
    topics: ["Connecting a laptop", "Projectors & displays"],
    audience: "everyone",
    asks: ["video has no sound on projector", "sound coming from laptop not speakers"],
    body: `Over HDMI, sound travels with the picture to the projector, which feeds the room speakers. If the class can't hear, the sound is usually going to the wrong place.

## Windows

1. Click the speaker icon in the taskbar.
2. Click the arrow next to the volume slider and choose the projector or **HDMI** output.
3. Check the volume slider and the video's own volume.

## Mac

1. Open **Control Centre** and click the arrow next to **Sound**.
2. Choose the projector.

## Chromebook

Click the time, then the arrow next to the volume slider, and pick **HDMI**.

## Still quiet?

- Raise the volume on the wall panel or projector remote; it is separate from your laptop's volume.
- Check the speakers' own power switch and the amplifier under the desk (a green light means on).
- If you use the 3.5 mm audio cable instead of HDMI, set the wall panel to **PC audio**.

If none of this helps, the amplifier may be faulty: ask for help with the room number.`,
  },
  {
    title: "Cast your Chromebook screen to the classroom display",
    topics: ["Connecting a laptop", "Chromebooks"],
    audience: "everyone",
    state: "unvalidated",
    asks: ["student show chromebook on screen", "cast chromebook to projector"],
    body: `Students can show their work on the classroom display straight from a Chromebook, with no cable.

## Steps

1. Make sure the Chromebook is on the **Riverside** Wi-Fi.
2. Switch the display to the **Wireless** input; it shows the room's name.
3. On the Chromebook, click the time at the bottom right, then **Cast**.
4. Pick the room's display from the list. Choose the whole screen or just one tab.
5. To stop, click **Cast** again and **Stop**.

## Tips

- Only one device can cast at a time. The teacher can take over by casting from their own laptop.
- Casting a single Chrome tab keeps notifications and other tabs private.
- If the room doesn't appear, wait 10 seconds and reopen the Cast menu; the list refreshes slowly.

Google's help: [Chromebook Help](https://support.google.com/chromebook).`,
  },
  {
    title: "Cast to the classroom TV with a Chromecast (rooms before the panel upgrade)",
    topics: ["Connecting a laptop"],
    audience: "everyone",
    state: "archived",
    body: `Until the summer upgrade, rooms in the old block had a TV with a Chromecast on the back instead of a projector.

## Steps

1. Turn the TV on and choose the **HDMI 2** input; the Chromecast screen shows the room's name.
2. Connect your laptop to the **Riverside** Wi-Fi.
3. In Chrome, click the three-dot menu and **Cast**.
4. Choose **Sources** and **Cast screen** or **Cast tab**, then pick the room.
5. To stop, click the blue Cast icon in the toolbar and **Stop casting**.

## Tips

- A tab casts more smoothly than the whole screen; use it for videos.
- If the room isn't listed, unplug the Chromecast's power for ten seconds and try again.

All rooms now have interactive panels: see **Connect a laptop to the classroom projector (HDMI and wireless)** instead.`,
  },
  {
    title: "Calibrate the touch on the interactive whiteboard",
    topics: ["Interactive whiteboards"],
    audience: "everyone",
    asks: ["whiteboard pen writes in the wrong place", "smartboard touch is off", "calibrate board"],
    body: `If the ink appears a few centimetres away from the pen, or a tap opens the wrong thing, the board needs calibrating. It takes one minute.

## Steps

1. Make sure the laptop is connected and showing on the board.
2. Press and hold the **Calibrate** button on the pen tray (or the two buttons together on older boards) until targets appear. If your board has no button, open the whiteboard software's settings and choose **Orient** or **Calibrate**.
3. Touch the centre of each target with the pen, holding it still until the target moves on.
4. When the last target is done, the board returns to normal.

## Tips

- Stand to the side so your shadow doesn't hide the targets.
- Calibrate again whenever someone has moved the projector, or after changing between **Duplicate** and **Extend** on your laptop.
- If the targets don't appear, the USB cable from the board to the laptop is missing: it carries the touch, separate from HDMI.

For your board model, see the [SMART Support](https://support.smarttech.com) pages.`,
  },
  {
    title: "Save and share your whiteboard notes as a PDF",
    topics: ["Interactive whiteboards"],
    audience: "everyone",
    asks: ["save what i wrote on the board", "export whiteboard notes"],
    body: `Notes written on the board in a lesson are easy to keep and share with absent students.

## Save the notes

1. In the whiteboard software, open the **File** menu (or the menu icon at the top left).
2. Choose **Export as PDF**.
3. Save the file to your Google Drive folder rather than the desktop, which is cleared on shared room computers.

## Share with the class

1. In Classroom, create a **Material** in the class.
2. Click **Add**, **Google Drive**, and pick the PDF.
3. Post it. Absent students now have the lesson's board work.

## Tips

- Save the board's own file format too if you want to edit the pages next lesson.
- Name files with the date and class, for example *2024-03-12 10B chemistry board*.
- On panels without the software, use the built-in whiteboard app's **Save** button and choose a USB stick or the QR code to download the notes to your phone.

See [SMART Support](https://support.smarttech.com) for your board's software.`,
  },
  {
    title: "Interactive whiteboard pen not writing: quick fixes",
    topics: ["Interactive whiteboards"],
    audience: "everyone",
    state: "unvalidated",
    asks: ["board pen not working", "whiteboard not responding to touch"],
    body: `When the board ignores the pen, the cause is usually the connection to the laptop, not the pen.

## Try in this order

1. **Is the laptop showing on the board?** If not, fix the picture first: see the projector checklist.
2. **Is the board's USB cable plugged into the laptop?** Touch and ink travel over USB, not HDMI. Replug it and wait for the chime.
3. **Is the pen in the tray?** Boards with a pen tray only write in the colour of the pen that's lifted; put all pens back and lift one.
4. **Is the software running?** Open the whiteboard software once; the pen driver starts with it.
5. **Restart the board.** Turn it off at the power button, wait ten seconds, and turn it on.

## Still not writing

Check the status light on the board's frame: green means connected, red or flashing means it lost the laptop. Note the colour and send a request with the room number.`,
  },
  {
    title: "Replace a projector lamp (tech runbook)",
    topics: ["Lamp replacement", "Projectors & displays"],
    audience: "tech",
    revisions: ["Added the lamp-hours reset step"],
    asks: ["projector lamp light flashing"],
    body: `Lamps last 3,000 to 5,000 hours. A dim, yellowish picture or a flashing **Lamp** LED means it is time.

## Before you go

- Check the model in the asset list and take the matching lamp from the store room (shelf B). Log it out on the spares sheet.
- Take the step ladder, a Phillips screwdriver and gloves.

## Replace the lamp

1. Turn the projector off and unplug it. **Wait 45 minutes**: the lamp runs at several hundred degrees.
2. Undo the lamp cover screw and remove the cover.
3. Undo the lamp module's screws and pull it straight out by the handle. Never touch the glass of the new lamp.
4. Slide the new module in until it seats, tighten the screws and refit the cover. Most projectors will not start with the cover loose.
5. Plug in and test: the picture should be white and bright.

## Reset the lamp hours

Open the projector menu, find **Lamp hours** or **Reset lamp timer** (on Epson: **Reset**, **Reset Lamp Hours**) and confirm. Without it, the warning returns.

Dispose of the old lamp through the e-waste bin: it contains mercury. Manufacturer guides: [Epson Support](https://epson.com/support).`,
  },
  {
    title: "Clean or replace a projector air filter (tech runbook)",
    topics: ["Lamp replacement", "Projectors & displays"],
    audience: "tech",
    body: `A clogged filter makes the projector overheat, shut down mid-lesson and kill lamps early. Clean filters every six months and during every lamp change.

## Steps

1. Turn the projector off and unplug it; let it cool for at least 30 minutes.
2. Find the filter cover, usually on the side or underneath next to the intake vents.
3. Remove the filter and tap it gently over a bin; then vacuum both sides with a small brush attachment. Don't wash it unless the manual says it is washable.
4. If the filter is torn or still grey after cleaning, replace it with the spare from the lamp kit.
5. Refit the filter and cover, power up, and check there is no **Temp** or **Filter** warning.

## Record it

Add the date to the projector's asset record so the next check is scheduled, and note any rooms that clog quickly (rooms near the art studio are the usual suspects).

Model-specific steps: [Epson Support](https://epson.com/support).`,
  },
  {
    title: "Borrow the podcast kit and book the recording room",
    topics: ["Video & podcasting", "Podcast recording"],
    audience: "everyone",
    asks: ["can i borrow microphones", "book recording room", "podcast equipment for my class"],
    body: `The library lends a podcast kit for class projects, and the small room behind the library can be booked for quiet recording.

## What's in the kit

- Four USB microphones with desk stands and pop filters
- Four pairs of closed headphones and a headphone splitter
- A USB hub for connecting two microphones to one laptop

## Borrow it

1. Check the kit's availability in the **Resources** calendar in Google Calendar.
2. Create an event in your calendar for the days you need it and add **Podcast kit** as a room (see **Book a room or the laptop cart in Google Calendar**).
3. Pick it up from the library desk; bring it back by the end of the booking so the next class has it.

## Book the recording room

Add **Recording room** to your event the same way. It seats four students around one table.

## Tips

- Do a two-minute test recording before the real thing.
- Report anything broken when you return the kit, so it can be fixed before the next class.`,
  },
  {
    title: "Record a podcast with your class using Audacity",
    topics: ["Podcast recording", "Video & podcasting"],
    audience: "everyone",
    revisions: ["Added noise reduction steps", "Added exporting as MP3"],
    asks: ["record podcast with class", "audacity how to record", "students make a podcast"],
    body: `Audacity is free, installed on every school laptop, and all you need to record and edit a class podcast.

## Record

1. Plug in the USB microphone before opening Audacity.
2. In the toolbar, set the **Recording device** to the microphone and choose **1 (Mono)** channel.
3. Click the microphone meter to start monitoring and ask the speaker to talk: aim for peaks around -12 dB, never touching the right edge.
4. Press **Record** (the red button) and **Stop** when done. Each take appears as a new track.

## Edit

- Select a mistake with the mouse and press **Delete**.
- Use **Effect**, **Volume and Compression**, **Normalize** so all voices are equally loud.
- Add music with **File**, **Import**, **Audio**; drag it to the right place.

## Reduce background noise

1. Select a few seconds where nobody speaks.
2. Choose **Effect**, **Noise Removal and Repair**, **Noise Reduction**, then **Get Noise Profile**.
3. Select the whole track, open the effect again and click **OK**.

## Export as MP3

Choose **File**, **Export Audio**, pick **MP3** and a name, and save to Drive to share in Classroom.

See the [Audacity Manual](https://manual.audacityteam.org).`,
  },
  {
    title: "Record a podcast in Soundtrap on Chromebooks",
    topics: ["Podcast recording"],
    audience: "everyone",
    asks: ["podcast on chromebook", "soundtrap record students"],
    body: `Audacity doesn't run on Chromebooks, so students use Soundtrap, which works in the browser and saves projects online.

## Start a project

1. Go to [Soundtrap](https://www.soundtrap.com) and sign in with **Google** using your school account.
2. Click **Enter studio**, then choose the podcast template.
3. Allow Soundtrap to use the microphone when Chrome asks.

## Record

1. Click the track's microphone button, then the red **Record** button.
2. Speak, then press **Stop**. Record each speaker on their own track if you can.
3. Drag clips to move them; select a clip and use the scissors to cut out mistakes.

## Work together

Click **Invite** to add classmates: everyone can record from their own Chromebook into the same project, even from home.

## Share

Click **File** and **Export** to download an MP3, then attach it to your Classroom assignment.

**Tip:** headphones stop the other tracks from being recorded again through your microphone.`,
  },
  {
    title: "Get good sound: microphone tips for recording in school",
    topics: ["Podcast recording", "Video & podcasting"],
    audience: "everyone",
    state: "unvalidated",
    asks: ["recording sounds echoey", "podcast audio quality bad"],
    body: `Most bad recordings come from the room and the distance to the microphone, not from the equipment.

## The room

- Record in a small room with soft things in it: the library's recording room, or a classroom with the blinds down.
- Avoid the corridor side, the air conditioning and lunchtime. A blanket over the table cuts echo a lot.

## The microphone

1. Keep the microphone a hand's width (about 15 cm) from the speaker's mouth.
2. Speak across the microphone, not straight into it, or use the pop filter, to avoid popping on P and B sounds.
3. Set the recording level so normal speech peaks around -12 dB. Loud is fixable later; distorted is not.

## The people

- Everyone wears headphones so they can hear what is being recorded.
- Phones on silent and away from the microphone: they buzz even on vibrate.
- Record 10 seconds of silence first; you can use it to remove background noise.

More techniques: [Audacity Manual](https://manual.audacityteam.org).`,
  },
  {
    title: "Edit a class video in iMovie on a Mac",
    topics: ["Video editing", "Video & podcasting"],
    audience: "everyone",
    asks: ["edit video imovie", "cut clips together for class video"],
    body: `iMovie is on every Mac in the media lab and is the quickest way to turn student clips into a finished video.

## Make the movie

1. Open iMovie and click **Create New**, then **Movie**.
2. Click **Import Media** and choose the clips, from a phone, a camera card or a Drive folder you downloaded.
3. Drag clips into the timeline in the order you want.
4. Trim a clip by dragging its ends; split one with **Command + B** at the playhead.
5. Add titles from **Titles** and transitions from **Transitions**, dragging them between clips.
6. Drag music from **Audio & Video** or your own file under the clips; lower its volume so voices stay clear.

## Share it

Click **Share**, choose **File**, set the resolution to **1080p**, and save. To keep the file small for Classroom, see **Export a video small enough to share in Classroom**.

## Tips

- Save projects on the media lab Mac, not a USB stick: iMovie libraries break when the stick is removed.
- Keep titles on screen for at least four seconds so everyone can read them.

Apple's guide: [iMovie User Guide](https://support.apple.com/guide/imovie/welcome/mac).`,
  },
  {
    title: "Export a video small enough to share in Classroom",
    topics: ["Video editing"],
    audience: "everyone",
    asks: ["video too big to upload", "upload video classroom takes forever"],
    body: `A ten-minute video exported at full quality can be several gigabytes, which takes ages to upload on the school network. Exporting smaller makes it play smoothly for everyone.

## Good settings

- Resolution **1080p** (or **720p** for screen recordings), frame rate as recorded, format **MP4 (H.264)**.
- Roughly 100 MB per ten minutes at 720p is plenty for classroom viewing.

## iMovie

Click **Share**, **File**, set **Resolution** to 720p or 1080p and **Quality** to **Medium**, then **Next**.

## WeVideo or other browser editors

Choose **Export** and pick **720p**. The file goes to your Drive or downloads.

## Upload and share

1. Upload the MP4 to your Google Drive.
2. In Classroom, attach it from Drive. Students stream it from Drive without downloading.
3. If Drive says it is still processing, wait a few minutes before posting.

**Tip:** never email videos. Share the Drive file instead, so there is one copy to fix if you need to.

Help: [Google Drive Help](https://support.google.com/drive).`,
  },
  {
    title: "Record your screen for a lesson video",
    topics: ["Video editing", "Chromebooks"],
    audience: "everyone",
    asks: ["record my screen with voice", "make a screencast for students"],
    body: `A short screen recording with your voice is a great way to explain a task once and let students replay it.

## Chromebook

1. Press **Shift + Ctrl + Show windows**, or click the time and **Screen capture**.
2. Choose the **video** icon, then whether to record the full screen, a window or an area.
3. Open the settings gear and turn on the **microphone**.
4. Click **Record**; stop with the red button in the shelf. The video is saved in **Downloads**.

## Windows

Open the **Snipping Tool**, switch to **Record**, click **New**, select the area and press **Start**. Save the file when you stop.

## Mac

Press **Shift + Command + 5**, choose **Record Entire Screen** or **Record Selected Portion**, open **Options** to pick the microphone, and click **Record**.

## Tips

- Keep it under five minutes; make several short videos rather than one long one.
- Close email and chat first so notifications don't appear in the recording.

Chromebook help: [Take screenshots or record videos](https://support.google.com/chromebook).`,
  },
  {
    title: "Filming students: consent and where to keep class videos",
    topics: ["Video & podcasting", "Video editing"],
    audience: "staff",
    asks: ["can i film my students", "where to store class videos"],
    body: `Video of students is personal data. A few rules keep projects fun and the school within the law.

## Before filming

1. Check the class list in the SIS for the **media consent** flag. Students without consent can work behind the camera or be filmed without their face.
2. Tell students what the video is for and who will see it.

## Where to keep it

- Record on school devices where you can. If a personal phone is unavoidable, upload to your school Google Drive the same day and delete it from the phone.
- Keep raw clips in the class's shared drive, not personal folders, so the department can find them and delete them later.
- Share finished videos in Classroom or with named people. Never with **Anyone with the link**.

## Publishing outside the school

Anything for the website or social media goes to the communications office, who check consent again before it goes out.

## Deleting

Delete raw footage at the end of the school year unless the project is being kept as coursework.

Questions about consent go to the office; storage questions to the tech team.`,
  },
];
