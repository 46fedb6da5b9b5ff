import type { DemoArticleText } from "./demo-article-text.js";

/** Accounts, passwords, two-step verification, the Wi-Fi and the web filter. */
export const ACCESS_ARTICLES: readonly DemoArticleText[] = [
  {
    title: "Reset your school password",
    topics: ["Accounts & passwords"],
    audience: "everyone",
    revisions: ["Added the recovery phone and email step"],
    asks: ["forgot my password", "reset password school account", "cant log in forgot password", "password expired"],
    body: `You can reset your own school password at any time, from any device, without waiting for the tech team.

## Reset it

1. Go to [accounts.google.com](https://accounts.google.com) and type your school email.
2. Click **Forgot password?**
3. Follow the prompts: Google asks for your recovery phone or email, or sends a prompt to a phone where you are signed in.
4. Choose a new password (see **Choose a strong passphrase you can remember**) and sign in.

Your Chromebook, laptop and phone will ask for the new password the next time they sync; sign in again on each.

## Make sure recovery works

Reset only works if Google can reach you. Do this once, now:

1. Open [myaccount.google.com](https://myaccount.google.com) and go to **Security**.
2. Under **How you sign in to Google**, add a **Recovery phone** and a **Recovery email** (a personal address).

## Still locked out?

Students: ask your teacher or the student tech team to raise a request. Staff: raise a request from a colleague's computer or call the tech office. After too many wrong attempts the account locks for security; the tech team can unlock it.

Google's help: [Reset your password](https://support.google.com/accounts).`,
  },
  {
    title: "Choose a strong passphrase you can remember",
    topics: ["Accounts & passwords"],
    audience: "everyone",
    asks: ["password rules", "what makes a good password"],
    body: `Our accounts need at least 12 characters. The easiest way to get there is a **passphrase**: several random words together.

## Make one

1. Pick four words that have nothing to do with each other, like *violin cactus harbour tuesday*.
2. Join them with dashes or capitals: *Violin-Cactus-Harbour-Tuesday*.
3. Don't use song lyrics, quotes, your name, your pet or your class.

## Keep it safe

- Use your school password **only** for your school account. If another site leaks it, attackers try it here first.
- Never share it, not even with the tech team: we will never ask for it.
- Let your browser or a password manager remember other passwords so you only have to remember this one.
- Turn on 2-step verification (see **Set up 2-step verification on your school account**).

## When to change it

Only when you think someone knows it, or after a phishing email you clicked. Changing it often for no reason just leads to weaker passwords.

More advice: [NCSC: Three random words](https://www.ncsc.gov.uk/collection/top-tips-for-staying-secure-online/three-random-words).`,
  },
  {
    title: "Sign in safely on a shared classroom computer",
    topics: ["Accounts & passwords"],
    audience: "everyone",
    asks: ["signed in as someone else", "shared computer google account"],
    body: `Room computers and library laptops are used by many people a day. Two habits keep your account yours.

## Signing in

1. In Chrome, click the profile icon at the top right and choose **Guest** or **Add** so you don't sign into someone else's profile.
2. Sign in with your school account. If Chrome asks to **Turn on sync**, choose **No thanks** on a shared machine.
3. Don't let the browser save your password there.

## Signing out

1. Click your picture at the top right of Gmail or Drive and **Sign out of all accounts**.
2. Close every Chrome window. In a Guest window this deletes everything.
3. On Windows, also sign out of the computer (**Start**, your name, **Sign out**).

## Forgot to sign out?

From any device, go to [myaccount.google.com](https://myaccount.google.com), open **Security**, **Your devices**, find the computer and choose **Sign out**. Then change your password if someone might have used it.

Google's help: [Sign in on a public computer](https://support.google.com/accounts).`,
  },
  {
    title: "Spot a phishing email and report it",
    topics: ["Accounts & passwords", "Email & calendar"],
    audience: "everyone",
    asks: ["suspicious email asking for password", "is this email a scam", "clicked a link in a fake email"],
    body: `Phishing emails try to make you type your password or open a file. Schools are a favourite target, especially at the start of term.

## Warning signs

- Urgency: "your mailbox will be deleted today", "pay this invoice now".
- A sender name you know but an address you don't. Hover over the name to see the real address.
- A link whose address, when you hover, doesn't go to google.com or our own sites.
- Gift card requests "from the principal". Leaders never ask for these.

## Report it

1. Open the email in Gmail.
2. Click the three dots next to **Reply** and choose **Report phishing**.
3. Delete it. You don't need to tell the tech team as well unless you clicked.

## Already clicked or typed your password?

1. Change your password straight away (see **Reset your school password**).
2. Raise an urgent request so the tech team can check your account and sign out other sessions.

No one is blamed for clicking: the quicker we know, the less harm it does.

Google's help: [Avoid and report phishing emails](https://support.google.com/mail/answer/8253).`,
  },
  {
    title: "Set up 2-step verification on your school account",
    topics: ["Two-step verification", "Accounts & passwords"],
    audience: "everyone",
    revisions: ["Added the security key option for staff"],
    asks: ["set up 2 step verification", "2fa school account", "two factor setup"],
    body: `2-step verification (2SV) asks for a second proof, usually a tap on your phone, when you sign in on a new device. Staff accounts must have it; students are strongly encouraged.

## Turn it on

1. Go to [myaccount.google.com](https://myaccount.google.com) and open **Security**.
2. Click **2-Step Verification** and **Get started**, then sign in again.
3. Add your phone number for text codes, then click **Turn on**.
4. Add **Google prompts**: sign in to the Google or Gmail app on your phone, and the phone will show "Is it you trying to sign in?".
5. Print your **backup codes** now (see **Print and use backup codes for 2-step verification**).

## What changes

On your own devices, tick **Don't ask again on this computer**. You will only be asked again on new devices or after clearing the browser.

## Security keys

Staff with access to student records can ask the tech office for a security key. In **2-Step Verification**, choose **Add security key**, plug it in and touch it when prompted.

Google's guide: [Turn on 2-Step Verification](https://support.google.com/accounts/answer/185839).`,
  },
  {
    title: "Print and use backup codes for 2-step verification",
    topics: ["Two-step verification"],
    audience: "everyone",
    asks: ["left my phone at home cant sign in", "2 step verification without phone", "backup codes"],
    body: `Backup codes let you sign in when your phone is flat, lost or at home. Each code works once.

## Get your codes

1. Go to [myaccount.google.com](https://myaccount.google.com), **Security**, **2-Step Verification**.
2. Click **Backup codes** and **Get backup codes**.
3. Print them or write them down, and keep them in your wallet or planner, not on the computer.

## Use a code

1. Sign in as usual with your password.
2. When asked for the prompt or text code, click **Try another way**.
3. Choose **Enter one of your 8-digit backup codes** and type one.
4. Cross that code off your list.

## Running out

When you have used most of them, click **Get new codes** in the same place. The old set stops working.

## No codes and no phone?

Raise a request, or ask a colleague to raise one for you. The tech team can give you a temporary code after checking who you are.

Google's help: [Sign in with backup codes](https://support.google.com/accounts/answer/1187538).`,
  },
  {
    title: "Got a new phone? Move your 2-step verification",
    topics: ["Two-step verification"],
    audience: "everyone",
    state: "unvalidated",
    asks: ["new phone 2 step verification", "changed phone cant get codes"],
    body: `Do this **before** you wipe or hand in the old phone if you can; it takes five minutes.

## While you still have the old phone

1. On the new phone, install the Google or Gmail app and sign in with your school account. Google prompts now go to both phones.
2. If you use Google Authenticator, open it on the old phone, choose **Transfer accounts**, **Export accounts**, and scan the QR code with Authenticator on the new phone.
3. If your number changed, go to [myaccount.google.com](https://myaccount.google.com), **Security**, **2-Step Verification**, and update the phone number.
4. Check it works: sign out on a computer and sign in again, approving on the new phone.
5. Remove the old phone under **Security**, **Your devices**.

## The old phone is already gone

Sign in with one of your backup codes (see **Print and use backup codes for 2-step verification**), then follow steps 1 to 5. No backup codes? Raise a request; the tech team will check your identity and help you back in.

Google's help: [2-Step Verification](https://support.google.com/accounts/answer/185839).`,
  },
  {
    title: "Unlock or reset a user's password in the Admin console (tech)",
    topics: ["Account unlocks", "Accounts & passwords"],
    audience: "tech",
    revisions: ["Added issuing temporary 2SV backup codes"],
    body: `For users who are locked out and can't self-serve. Check identity first: in person, on a video call, or by calling back the number in the SIS. Never act on an email alone.

## Reset the password

1. Sign in to [admin.google.com](https://admin.google.com) and open **Directory**, **Users**.
2. Find the user, hover over the row and click **Reset password**.
3. Choose **Create password**, generate one, and tick **Ask for a password change at the next sign-in**.
4. Give the password to the user in person or by phone, never by email to the locked account.

## Sign them out everywhere

If the account may be compromised, open the user, **Security**, **Sign-in cookies**, and click **Reset**. Then check **Security**, **Recent activity** for unfamiliar sign-ins.

## Issue 2SV backup codes

1. On the user's page, open **Security** and **2-step verification**.
2. Click **Get backup verification codes** and give one code to the user.
3. Remind them to set up a new phone and print fresh codes.

Log what you did on the request. Google's guide: [Reset a user's password](https://support.google.com/a/answer/33319).`,
  },
  {
    title: "Restore a suspended account (tech)",
    topics: ["Account unlocks"],
    audience: "tech",
    body: `Google suspends accounts automatically for suspicious activity (for example a burst of outgoing mail after a phishing click), and we suspend leavers' accounts at the end of term.

## Find out why

1. In [admin.google.com](https://admin.google.com), open **Directory**, **Users**, and filter by **User status: Suspended**.
2. Open the user. The banner says whether an admin or Google suspended it, and when.
3. For a Google suspension, check **Reporting**, **Audit and investigation**, **Gmail log events** for the mail that triggered it.

## Restore it

1. If it was compromised, reset the password and sign-in cookies first (see **Unlock or reset a user's password in the Admin console (tech)**).
2. Click **Reactivate** at the top of the user's page.
3. Ask the user to sign in and confirm that the mail filters and forwarding in their Gmail settings are their own: attackers often add forwarding rules.

## Leavers returning

A leaver's suspended account keeps its data for the retention period. Reactivate it, move it back to the right organisational unit, and re-add group memberships.

Admin help: [Google Workspace Admin Help](https://support.google.com/a).`,
  },
  {
    title: "Which Wi-Fi network should I use at Riverside?",
    topics: ["Network & Wi-Fi", "Joining the Wi-Fi"],
    audience: "everyone",
    asks: ["which wifi do i use", "wifi password school", "what is the guest wifi"],
    body: `There are three networks on both campuses. Picking the right one avoids most Wi-Fi problems.

## Riverside

For staff and student school devices and personal laptops and phones. Sign in with your **school email and password**; there is no shared password. You only do this once per device.

## Riverside-Devices

For school Chromebooks and room equipment. They join automatically; you never need to choose it. If a school Chromebook shows a different network, see **Fix Wi-Fi on a Chromebook**.

## Riverside-Guest

For visitors, parents and contractors. It needs a daily code from reception (see **Get a guest Wi-Fi code for a visitor**) and reaches the internet only, not printers or displays.

## Tips

- If your device offers **RiversideStaff**, that network was retired; remove it from the device's saved networks.
- Wireless casting to classroom displays only works on **Riverside**.

Joining for the first time? See **Join the school Wi-Fi on a laptop or phone**.`,
  },
  {
    title: "Connected to Wi-Fi but no internet: what to try",
    topics: ["Network & Wi-Fi"],
    audience: "everyone",
    asks: ["wifi connected but no internet", "internet not working in my classroom", "websites wont load"],
    body: `If your device shows full Wi-Fi bars but pages won't load, the problem is often the device, not the network.

## Quick fixes

1. **Turn Wi-Fi off and on** on your device, and wait 20 seconds.
2. **Check the network name.** On **Riverside-Guest**, the daily code may have expired; on a personal hotspot you may be out of data.
3. **Try a different site.** If only one site fails, it may be blocked (see **Request a website to be unblocked**).
4. **Restart the device.** It clears a stuck network address more often than anything else.
5. **Forget and rejoin.** Remove **Riverside** from saved networks and join again with your school email and password.

## Is it just you?

Ask a neighbour. If several people in the room can't get online, it's the access point: raise a request with the room number and the time it started.

## Laptops with a VPN

Turn off any personal VPN or "secure browsing" app; our network blocks most of them.`,
  },
  {
    title: "Join the school Wi-Fi on a laptop or phone",
    topics: ["Joining the Wi-Fi", "Network & Wi-Fi"],
    audience: "everyone",
    asks: ["connect phone to school wifi", "join riverside wifi", "wifi asks for certificate"],
    body: `The **Riverside** network uses your school email and password (it's a WPA2-Enterprise network), so each person connects with their own account.

## Windows and Mac

1. Choose **Riverside** from the Wi-Fi list.
2. Enter your full school email as the username and your school password.
3. If asked about a certificate, check it says **radius.riverside.example** and click **Connect** or **Continue**.

## iPhone and iPad

Tap **Settings**, **Wi-Fi**, **Riverside**, enter your email and password, and tap **Trust** on the certificate screen.

## Android

Tap **Riverside** and set:

- **EAP method:** PEAP
- **Phase 2 authentication:** MSCHAPV2
- **CA certificate:** Use system certificates, **Domain:** riverside.example
- **Identity:** your school email, then your password.

## After you change your password

Your device keeps the old one and fails silently. Forget the network and join again with the new password.`,
  },
  {
    title: "Get a guest Wi-Fi code for a visitor",
    topics: ["Joining the Wi-Fi"],
    audience: "staff",
    asks: ["wifi for visitor", "guest wifi code for parent workshop"],
    body: `Visitors use **Riverside-Guest**, which needs a code. Staff can get codes themselves.

## For one or two visitors

Reception prints a code on the visitor badge at sign-in. Codes last until midnight.

## For an event or workshop

1. Sign in to the guest portal at the address on the staff noticeboard with your school account.
2. Click **Create vouchers**, choose how many and for how long (up to three days).
3. Print or display the sheet. Each code works on one device.

## Tips

- Ask visitors to connect before the session starts; the portal page can take a minute to appear.
- Guest devices reach the internet only, not printers or classroom displays. For presenters, connect their laptop by HDMI.
- Never give visitors your own school login for the **Riverside** network: it is tied to you.`,
  },
  {
    title: "Connect to the RiversideStaff Wi-Fi",
    topics: ["Joining the Wi-Fi"],
    audience: "staff",
    state: "archived",
    body: `**RiversideStaff** is the staff network with a shared password.

## Steps

1. Choose **RiversideStaff** from the Wi-Fi list on your laptop or phone.
2. Enter the password from the staffroom noticeboard.
3. Tick **Connect automatically**.

## Tips

- The password changes each term; when it changes, forget the network and join again.
- Don't share the password with students or visitors; visitors use **Riverside-Guest**.

This network was replaced by **Riverside**, which uses your own school email and password. See **Join the school Wi-Fi on a laptop or phone**.`,
  },
  {
    title: "Request a website to be unblocked",
    topics: ["Firewall rules"],
    audience: "everyone",
    asks: ["website blocked at school", "youtube video blocked", "site blocked need for lesson"],
    body: `The web filter blocks categories of sites for students, and occasionally catches a useful one. Here's how to get it reviewed quickly.

## Before you ask

- Try signing in with your school account first: staff accounts see more of YouTube and social media than student accounts.
- Check the block page. It names the **category**; a site blocked as "Proxy" or "Gaming" needs a stronger reason than one blocked as "Uncategorised".

## Ask for a review

1. Raise a request on the **Firewall rules** topic.
2. Paste the **full address** of the page, copied from the address bar.
3. Say who needs it (staff, one class, all students), for what lesson, and by when.

## How long it takes

Most reviews are done within a school day. Plan ahead for lessons, as the tech team checks each site's content and privacy policy first.

## Can't wait?

For a single video, download it at home with the school's approved tool or show it from your staff account, which has wider access.`,
  },
  {
    title: "Allow a site in the web filter (tech)",
    topics: ["Firewall rules"],
    audience: "tech",
    revisions: ["Added checking the site's privacy policy for student data"],
    body: `For unblock requests on the **Firewall rules** topic.

## Review

1. Open the address from a staff machine and check what it is. Look up its category in the filter's **URL lookup**.
2. Decide the scope: staff only, one group of students, or everyone. Prefer the narrowest.
3. Never allow proxies, VPNs or anonymisers, whatever the reason given.

## Allow it

1. In the filter console, open **Policies** and the policy for the right group (for example *Students - Secondary*).
2. Add the domain to the policy's **Allow list**. Use the domain, not the full path, and include subdomains only if needed (for example *.example-science.org).
3. Save and **Publish**. Changes reach the firewalls within five minutes.
4. Test from a device in that group, then reply on the request.

## Check student data

If students will sign up or upload work, read the site's privacy policy. Tools that collect student data need the data-protection lead's approval before you allow them; say so on the request and wait.

Record every allow-list change with the request number in the change note, so it can be reviewed each term.`,
  },
  {
    title: "Open a firewall port for a classroom app (tech)",
    topics: ["Firewall rules"],
    audience: "tech",
    state: "unvalidated",
    body: `Some classroom tools (robotics kits, language-lab software, game-based learning servers) need an outbound port opened.

## Before changing anything

1. Get the vendor's network requirements: destination hosts, ports and protocols. Ask the requester for the product's documentation link.
2. Check whether the traffic is outbound only. We never open inbound ports to classroom devices.
3. Agree a test window with the teacher.

## Make the change

1. In the firewall console, create a rule in the **Outbound - Curriculum** section.
2. Source: the **Riverside-Devices** or **Riverside** VLAN as needed. Destination: the vendor's hosts as an address object (FQDN), not **any**.
3. Service: only the listed ports and protocol.
4. Add the request number and an expiry review date to the rule's comment.
5. Commit, then test with the teacher.

## Afterwards

Add the rule to the change log. Rules without a comment or review date are removed at the termly firewall review.

If a vendor asks for "all ports open", push back and ask for their list; there always is one.`,
  },
];
