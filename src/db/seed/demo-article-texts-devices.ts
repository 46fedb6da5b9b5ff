import type { DemoArticleText } from "./demo-article-text.js";

/** Chromebooks and their repair, printing and the printers, and software installs. */
export const DEVICE_ARTICLES: readonly DemoArticleText[] = [
  {
    title: "Fix Wi-Fi on a Chromebook",
    topics: ["Joining the Wi-Fi", "Chromebooks"],
    audience: "everyone",
    revisions: ["Added forgetting and rejoining the network"],
    asks: ["chromebook wont connect to wifi", "chromebook no internet", "chromebook wifi not working"],
    body: `School Chromebooks join **Riverside-Devices** by themselves. When one won't connect, these steps fix it almost every time.

## First checks

1. Click the time at the bottom right. Is **Wi-Fi** turned on? Is **Airplane mode** off?
2. Is the Chromebook showing **Riverside-Devices**? If it picked a phone hotspot or **Riverside-Guest**, click **Riverside-Devices** instead.
3. Restart: hold the power button, choose **Power off**, wait ten seconds and turn it on. Don't just close the lid.

## Forget and rejoin

1. Click the time, then the settings gear, and open **Network** and **Wi-Fi**.
2. Click the network it's stuck on and choose **Forget**.
3. Restart. The school network settings come back automatically within a minute of signing in.

## Still offline?

- If other Chromebooks in the room are online, this one may have lost its school settings: hand it in at the tech desk with a note.
- If none of them are, the room's access point is down; raise a request with the room number.

Google's help: [Fix Wi-Fi problems on Chromebook](https://support.google.com/chromebook).`,
  },
  {
    title: "Chromebook won't turn on or charge: try this first",
    topics: ["Chromebooks", "Student devices repair"],
    audience: "everyone",
    asks: ["chromebook wont turn on", "chromebook black screen", "chromebook not charging"],
    body: `Most "dead" Chromebooks are just flat or stuck. Try these before handing it in.

## Steps

1. **Charge it properly.** Plug in the charger for at least 30 minutes. Check the light next to the port: orange means charging, white or green means full. No light? Try another charger and socket.
2. **Hard reset.** Hold **Refresh** (the circular arrow key) and tap **Power**. When the Chromebook starts, let go of Refresh. This restarts the hardware and doesn't delete anything.
3. **Screen only?** If you can hear it or see the keyboard light, press **Brightness up** a few times; the screen may be at zero.
4. **Still black?** Plug it in, hold **Power** for ten seconds, release, and press it once more.

## Hand it in if

- It doesn't start after a hard reset on a working charger.
- The battery drains in under two hours.
- The charger's port is loose or the cable is damaged (stop using it).

See **Report a broken Chromebook and get a loaner**. Google's help: [Chromebook Help](https://support.google.com/chromebook).`,
  },
  {
    title: "Keyboard shortcuts every Chromebook user should know",
    topics: ["Chromebooks"],
    audience: "everyone",
    asks: ["how to screenshot on chromebook", "chromebook right click", "chromebook copy paste"],
    body: `A handful of shortcuts make a Chromebook much quicker to use. Press **Ctrl + Alt + /** to see them all.

## Everyday

- **Right-click:** tap the touchpad with two fingers, or hold **Alt** and click.
- **Copy, cut, paste:** **Ctrl + C**, **Ctrl + X**, **Ctrl + V**. Paste without formatting: **Ctrl + Shift + V**.
- **Undo:** **Ctrl + Z**.
- **Caps Lock:** **Search + Alt** (or the **Launcher** key and **Alt**).

## Screens and windows

- **Screenshot:** **Ctrl + Show windows**. Part of the screen: **Ctrl + Shift + Show windows**.
- **Screen recording and more:** **Ctrl + Shift + Show windows** opens the capture bar.
- **Side by side:** **Alt + [** and **Alt + ]** snap a window left or right.
- **Reopen a closed tab:** **Ctrl + Shift + T**.

## Finding things

- **Search everything:** press the **Launcher** key and type.
- **Files:** **Alt + Shift + M**.

**Tip:** the top-row keys act as F1 to F10 if you hold **Search**.

Full list: [Chromebook keyboard shortcuts](https://support.google.com/chromebook/answer/183101).`,
  },
  {
    title: "Update your Chromebook and restart it properly",
    topics: ["Chromebooks"],
    audience: "everyone",
    state: "unvalidated",
    asks: ["chromebook slow", "chromebook says update"],
    body: `Chromebooks update themselves, but only finish when restarted. A Chromebook that's never shut down gets slow and misses fixes.

## Check for updates

1. Click the time, then the settings gear.
2. Open **About ChromeOS** and click **Check for updates**.
3. If an update downloads, click **Restart**.

## Restart, don't just close the lid

Closing the lid only sleeps the Chromebook. Once a week, click the time and the **Power** icon to shut it down fully, then turn it on again.

## Still slow?

- Close tabs you're not using: each one uses memory.
- Remove extensions you don't need at **chrome://extensions** (school-installed ones can't be removed).
- Look for an update arrow in the corner of the time: it means one is waiting.

A Chromebook that says "This device will no longer receive updates" has reached its end of life; tell your teacher so it can be replaced.

Google's help: [Update your Chromebook's operating system](https://support.google.com/chromebook/answer/177889).`,
  },
  {
    title: "Report a broken Chromebook and get a loaner",
    topics: ["Student devices repair", "Chromebooks"],
    audience: "everyone",
    asks: ["chromebook screen cracked", "broken chromebook what do i do", "keys fell off chromebook"],
    body: `Cracked screen, missing keys, won't charge? Here's how to get it fixed and keep working meanwhile.

## Steps

1. Try the fixes in **Chromebook won't turn on or charge: try this first** if it's a power problem.
2. Raise a request on **Student devices repair** with the **asset tag** (the CB- number on the sticker underneath) and what happened.
3. Take the Chromebook and its charger to the tech desk in the library (before school, break or lunch).
4. You get a **loaner** Chromebook straight away. Sign in with your school account: your Drive and Classroom are all there.
5. When the repair is done you get an email; swap back at the tech desk.

## Good to know

- Accidental damage is covered once a year. Your family is told if there are repeated claims.
- Never try to open the Chromebook or fix the screen yourself: it voids the warranty.
- Files only saved in **Downloads** are on the broken device. Save work in Google Drive to be safe.`,
  },
  {
    title: "Replace a Chromebook keyboard or screen (tech runbook)",
    topics: ["Student devices repair"],
    audience: "tech",
    revisions: ["Added the warranty claim step"],
    body: `For repairs at the tech desk. Parts are stocked for the two fleet models; other models go to warranty.

## Prepare

1. Look up the asset tag in the inventory: model, purchase date, warranty status and previous claims.
2. Power the Chromebook down fully and unplug it. Work on the anti-static mat.

## Replace the screen

1. Remove the bezel (clips, no screws on the fleet models) with a plastic spudger.
2. Remove the four panel screws, tilt the panel forward and disconnect the eDP cable carefully.
3. Connect the new panel, refit the screws and bezel, and test before clipping everything home.

## Replace the keyboard

On the fleet models the keyboard is part of the top case. Remove the bottom screws, lift the bottom cover, disconnect the battery **first**, move the board and battery to the new top case, reconnect and test.

## Warranty claim

If the device is within warranty and the fault isn't accidental, log a claim on the vendor's portal instead, attach photos, and send the device with the courier on Friday.

Record the part used and the time spent on the request before resolving it.`,
  },
  {
    title: "Enroll a Chromebook in the school's device management (tech)",
    topics: ["Student devices repair", "Chromebooks"],
    audience: "tech",
    asks: ["add chromebook to mdm"],
    body: `Every school Chromebook must be enrolled so it gets Wi-Fi, policies and apps. New devices, and devices that were powerwashed without forced re-enrollment, need this.

## Enroll

1. Powerwash if it's been used: at the sign-in screen press **Ctrl + Alt + Shift + R** and choose **Powerwash**.
2. On the welcome screen, connect to **Riverside-Devices**.
3. Before signing in, press **Ctrl + Alt + E** for enterprise enrollment.
4. Sign in with the enrollment account (in the password manager, *enroll@riverside.example*).
5. Wait for **Device enrolled**, then click **Done**.

## After enrollment

1. In [admin.google.com](https://admin.google.com), open **Devices**, **Chrome**, **Devices**, and find the serial number.
2. Move it to the right organisational unit (for example *Students/Year 7*).
3. Set the **Asset ID** to the CB- tag and the **Location** to the cart or room.

## Retiring a device

Use **Deprovision** with the reason **Retiring device** so it frees its licence.

Google's guide: [Enroll ChromeOS devices](https://support.google.com/chrome/a/answer/1360534); deprovisioning: [answer 3523633](https://support.google.com/chrome/a/answer/3523633).`,
  },
  {
    title: "Print from a Chromebook",
    topics: ["Printing", "Chromebooks"],
    audience: "everyone",
    revisions: ["Added printing from Google Docs with the right paper size"],
    asks: ["print from chromebook", "chromebook cant find printer", "how do i print on chromebook"],
    body: `School Chromebooks already know the library and classroom printers; you don't need to install anything.

## Print

1. Open what you want to print and press **Ctrl + P**.
2. Next to **Destination**, click **See more** and pick the printer, for example *Library copier*. The school printers appear automatically on the **Riverside-Devices** network.
3. Choose pages, copies and **Colour** or **Black and white**, then click **Print**.
4. Collect your printout. At the copiers, sign in with your badge to release it (see **Release a print job at the copier with your badge**).

## The printer isn't listed

- Check you are on the school Wi-Fi, not a hotspot.
- Restart the Chromebook: the printer list is refreshed at sign-in.

## Printing from Google Docs

In Docs, click **File** and **Page setup** and check the paper size is **A4**, not **Letter**, or the bottom of each page is cut off. Then print as above.

Google's help: [Print from your Chromebook](https://support.google.com/chromebook/answer/7225252).`,
  },
  {
    title: "Print double-sided or in colour from your laptop",
    topics: ["Printing"],
    audience: "everyone",
    asks: ["print double sided", "print in colour", "printer only prints black and white"],
    body: `Our printers default to **double-sided** and **black and white** to save paper and toner. You can change both for a single print.

## Windows

1. Press **Ctrl + P** and choose the printer.
2. Click **Printer properties** or **More settings**.
3. Set **Colour mode** to **Colour**, and **Two-sided** to **Off** or **Long edge**.
4. Click **OK** and **Print**.

## Mac

1. Press **Command + P** and choose the printer.
2. Tick or untick **Two-Sided**.
3. Open the menu under the page preview, choose **Printer Features** and set **Colour** to **Colour**.

## Chrome on any computer

In the print window, open **More settings**: **Colour** and **Two-sided** are both there.

## Tips

- Colour printing is limited to staff accounts; students ask their teacher.
- Booklets and posters print best from the staffroom copier's own panel from a USB stick, or ask the reprographics office.`,
  },
  {
    title: "Release a print job at the copier with your badge",
    topics: ["Printing"],
    audience: "everyone",
    asks: ["printed but nothing came out", "where did my print go", "copier badge print"],
    body: `Jobs sent to the copiers wait in a queue until you arrive. This stops confidential printouts sitting in the tray, and saves paper nobody collects.

## Release

1. Send the print from your laptop or Chromebook to **Follow-Me Print**.
2. Go to any copier on either campus.
3. Tap your staff or student badge on the reader next to the screen.
4. Your waiting jobs appear. Tap **Print all**, or choose jobs and tap **Print**.
5. Tap **Log out** when done.

## First time

If the copier doesn't know your badge, it asks for your school email and password once and remembers the badge afterwards.

## Good to know

- Jobs wait for 24 hours, then are deleted.
- Your print balance shows on the screen after you tap your badge; students get a termly allowance.
- If the copier shows an error or a jam, use another copier: your job is still waiting for you.`,
  },
  {
    title: "Scan a document to your email at the copier",
    topics: ["Printing"],
    audience: "everyone",
    state: "unvalidated",
    asks: ["scan to email", "how do i scan a document"],
    body: `Every copier can scan straight to your school email as a PDF.

## Steps

1. Tap your badge on the copier to sign in.
2. Put the pages face up in the feeder at the top, or face down on the glass for a single page.
3. Tap **Scan to Me**. Your school email is filled in automatically.
4. Check the settings: **PDF**, **Colour** or **Black and white**, and **Two-sided** if the pages are printed on both sides.
5. Tap **Start**. For more pages on the glass, tap **Next page** and finally **Finish**.
6. Log out.

The email arrives within a minute from the copier's address.

## Tips

- For text you want to edit, choose **Searchable PDF**; Google Drive can then convert it to a Doc.
- Large colour scans can be too big to email: choose **Black and white** or a lower resolution.`,
  },
  {
    title: "Clear a paper jam inside the copier (tech runbook)",
    topics: ["Printer maintenance", "Printing"],
    audience: "tech",
    body: `For jams the copier's screen can't guide a user through, or repeated jams in the same place.

## Clear it

1. Follow the animation on the copier screen: it names the area (A to E).
2. Open the right-hand side door and lower the fuser guide. **The fuser is hot**: wait five minutes or use the green handles only.
3. Pull paper out in the direction of the paper path, slowly, so it doesn't tear. Check for torn scraps with a torch.
4. Check the duplex unit and the feeder rollers.
5. Close every door; the copier runs a short test.

## Repeated jams

- Look at the paper: damp, curled or thin recycled paper jams more. Replace the ream and fan the new stack.
- Check the tray guides are snug against the paper.
- Clean the pickup rollers with a lint-free cloth and water.
- If it still jams in the same place, log a service call with the vendor and note the error code.

Add the error code and what you did to the request.`,
  },
  {
    title: "Replace toner and the drum unit on the staffroom printer (tech runbook)",
    topics: ["Printer maintenance", "Printing"],
    audience: "tech",
    revisions: ["Added recycling the used cartridges"],
    body: `Supplies are in the store room (cupboard C), listed by printer model.

## Toner

1. When the screen says **Replace toner**, open the front cover.
2. Pull the empty toner cartridge straight out.
3. Shake the new one gently side to side five or six times to loosen the toner.
4. Remove the protective tape, slide it in until it clicks, and close the cover.

## Drum unit

The drum lasts about three toner cartridges. Faint lines or grey backgrounds that remain with new toner mean the drum is worn.

1. Open the front cover and remove the toner.
2. Pull out the drum unit and put the new one in, without touching its green surface.
3. Refit the toner and close the cover.
4. Reset the drum counter in the printer menu (**Machine info**, **Parts life**, **Reset drum**).

## Recycling

Put used cartridges in the returned box of the new ones and leave them at reception for the supplier's collection.

Update the stock sheet so supplies can be reordered.`,
  },
  {
    title: "Install approved apps yourself from Self Service or Company Portal",
    topics: ["Software installs"],
    audience: "staff",
    asks: ["install software on my laptop", "need admin password to install"],
    body: `You don't need an administrator to install the apps the school has already approved. They're in a self-service catalogue.

## Mac

1. Open **Self Service** from the Applications folder or Launchpad.
2. Sign in with your school account if asked.
3. Find the app (Audacity, GarageBand, VLC, Scratch...) and click **Install**.

## Windows

1. Open **Company Portal** from the Start menu.
2. Browse or search the apps and click **Install**.

## Not in the catalogue?

Raise a request on **Software installs** (see **Request new software for your class**). Don't download installers from the web: school laptops block installs that aren't in the catalogue, and it wastes your time.

## Tips

- Installs run in the background; the app appears in Applications or the Start menu when ready.
- Updates to catalogue apps are pushed automatically.`,
  },
  {
    title: "Request new software for your class",
    topics: ["Software installs"],
    audience: "everyone",
    asks: ["new software for my class", "can we get this app installed"],
    body: `New software is checked for cost, licensing and student privacy before it's installed. A good request speeds that up.

## Before you ask

1. Look in **Self Service** or **Company Portal** first: it may already be available.
2. Check whether there is a browser version. Web apps often need no install at all, just an unblock.

## Raise the request

Raise a request on **Software installs** with:

- The software's name and a link to the vendor's page.
- Which devices: your laptop, a lab, or all student Chromebooks.
- How many users, and for which course.
- The licence: free, school licence, or a purchase your department will fund.
- When you need it: allow two weeks for new software, more for a whole lab.

## What happens next

The tech team checks the licence and the privacy policy, packages it, tests it on one device, and then adds it to the catalogue or pushes it to the devices. You get a reply at each step.`,
  },
  {
    title: "Push an app to a group of Chromebooks (tech)",
    topics: ["Software installs", "Chromebooks"],
    audience: "tech",
    body: `For approved web apps and extensions that a whole class or year group needs.

## Push it

1. In [admin.google.com](https://admin.google.com) open **Devices**, **Chrome**, **Apps & extensions**, **Users & browsers**.
2. Select the organisational unit (for example *Students/Year 9*), not the top level.
3. Click the yellow **+** and **Add from Chrome Web Store**, or **Add by ID** for an extension.
4. Set the installation policy to **Force install** (or **Force install + pin** for a tool students use daily).
5. Review the requested permissions; if the app reads all sites' data, check with the data-protection lead first.
6. Click **Save**. Devices pick it up at the next sign-in or within a few hours.

## Check

Sign in with a test student account in that unit and confirm the app appears.

## Removing

Set the policy to **Block** rather than deleting the entry, so it's removed from devices that already have it.

Google's help: [Chrome Enterprise and Education Help](https://support.google.com/chrome/a).`,
  },
  {
    title: "Check the licence before installing software (tech)",
    topics: ["Software installs"],
    audience: "tech",
    state: "unvalidated",
    body: `Installing unlicensed software exposes the school to audits and fines. Check every new install.

## Checklist

1. **Find the licence type:** free for education, site licence, per-device, per-user, or subscription.
2. **Check the software register** (the Licences sheet in the tech shared drive) for existing seats and the expiry date.
3. **Free does not mean free for schools.** Read the terms: some tools are free for personal use only.
4. **Check privacy:** if students sign in or upload data, the data-protection lead must approve it.
5. **Record the install:** add the device group, the request number and the licence count used to the register.

## Renewals

The register flags licences expiring in the next 60 days. Tell the department that owns the budget before the expiry date, not after.

## When in doubt

Ask the vendor for their education licensing terms in writing and attach them to the request.`,
  },
];
