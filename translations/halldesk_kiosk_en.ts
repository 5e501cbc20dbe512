<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>KioskOptions</name>
    <message>
        <source>HallDesk ticket kiosk: citizens take a queue ticket by touch, check in for an appointment, and get a printed slip.</source>
        <translation>HallDesk ticket kiosk: citizens take a queue ticket by touch, check in for an appointment, and get a printed slip.</translation>
    </message>
    <message>
        <source>Start (or join) the local demo hall server; slips are written as PDF files.</source>
        <translation>Start (or join) the local demo hall server; slips are written as PDF files.</translation>
    </message>
    <message>
        <source>Settings file (default %1).</source>
        <translation>Settings file (default %1).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>The kiosk&apos;s own data file (default %1).</source>
        <translation>The kiosk&apos;s own data file (default %1).</translation>
    </message>
    <message>
        <source>Show the kiosk in a window instead of full screen (for development).</source>
        <translation>Show the kiosk in a window instead of full screen (for development).</translation>
    </message>
    <message>
        <source>Do not speak.</source>
        <translation>Do not speak.</translation>
    </message>
    <message>
        <source>HallDesk ticket kiosk</source>
        <translation>HallDesk ticket kiosk</translation>
    </message>
    <message>
        <source>Slips are written to %1</source>
        <translation>Slips are written to %1</translation>
    </message>
</context>
<context>
    <name>KioskSettings</name>
    <message>
        <source>Government Service Center</source>
        <translation>Government Service Center</translation>
    </message>
</context>
<context>
    <name>QPrinterSlipPrinter</name>
    <message>
        <source>The ticket printer is not ready.</source>
        <translation>The ticket printer is not ready.</translation>
    </message>
    <message>
        <source>The ticket printer is not connected.</source>
        <translation>The ticket printer is not connected.</translation>
    </message>
    <message>
        <source>The ticket printer is out of paper or out of order.</source>
        <translation>The ticket printer is out of paper or out of order.</translation>
    </message>
    <message>
        <source>The printer reported an error.</source>
        <translation>The printer reported an error.</translation>
    </message>
</context>
<context>
    <name>halldesk::KioskEntryPage</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>halldesk::KioskHelpDeskPage</name>
    <message>
        <source>Priority ticket</source>
        <translation>Priority ticket</translation>
    </message>
    <message>
        <source>For help desk staff: choose the group, then enter your staff number and PIN or swipe your staff card.</source>
        <translation>For help desk staff: choose the group, then enter your staff number and PIN or swipe your staff card.</translation>
    </message>
    <message>
        <source>Choose the group first, then swipe the card.</source>
        <translation>Choose the group first, then swipe the card.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Staff no.: %1</source>
        <translation>Staff no.: %1</translation>
    </message>
    <message>
        <source>PIN: %1</source>
        <translation>PIN: %1</translation>
    </message>
</context>
<context>
    <name>halldesk::KioskHomePage</name>
    <message>
        <source>Please choose the service you need</source>
        <translation>Please choose the service you need</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Appointment check-in</source>
        <translation>Appointment check-in</translation>
    </message>
    <message>
        <source>Help desk: priority tickets (staff only)</source>
        <translation>Help desk: priority tickets (staff only)</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Priority ticket for: %1 (confirmed by staff)</source>
        <translation>Priority ticket for: %1 (confirmed by staff)</translation>
    </message>
</context>
<context>
    <name>halldesk::KioskKeypad</name>
    <message>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
</context>
<context>
    <name>halldesk::KioskNoticePage</name>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Taking your ticket, please wait…</source>
        <translation>Taking your ticket, please wait…</translation>
    </message>
    <message>
        <source>If this takes long, please ask at the help desk.</source>
        <translation>If this takes long, please ask at the help desk.</translation>
    </message>
    <message>
        <source>Checked in. Your number is</source>
        <translation>Checked in. Your number is</translation>
    </message>
    <message>
        <source>Your number is</source>
        <translation>Your number is</translation>
    </message>
    <message>
        <source>Please take your slip below.</source>
        <translation>Please take your slip below.</translation>
    </message>
    <message>
        <source>The slip could not be printed: %1 Your ticket is valid: please remember your number, or ask at the help desk for a copy.</source>
        <translation>The slip could not be printed: %1 Your ticket is valid: please remember your number, or ask at the help desk for a copy.</translation>
    </message>
</context>
<context>
    <name>halldesk::KioskQueuePage</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>wait %1</source>
        <translation>wait %1</translation>
    </message>
    <message>
        <source>No window is open now; you may still take a ticket.</source>
        <translation>No window is open now; you may still take a ticket.</translation>
    </message>
    <message>
        <source>Windows %1</source>
        <translation>Windows %1</translation>
    </message>
</context>
<context>
    <name>halldesk::KioskScreen</name>
    <message>
        <source>HallDesk ticket kiosk</source>
        <translation>HallDesk ticket kiosk</translation>
    </message>
    <message>
        <source>Resident ID number (optional)</source>
        <translation>Resident ID number (optional)</translation>
    </message>
    <message>
        <source>Entering your ID number lets the clerk find your earlier applications. You may skip it.</source>
        <translation>Entering your ID number lets the clerk find your earlier applications. You may skip it.</translation>
    </message>
    <message>
        <source>Take ticket</source>
        <translation>Take ticket</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Appointment check-in</source>
        <translation>Appointment check-in</translation>
    </message>
    <message>
        <source>Enter the appointment code from your booking message.</source>
        <translation>Enter the appointment code from your booking message.</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>The kiosk has lost its connection to the hall server. Tickets cannot be taken now; please ask at the help desk.</source>
        <translation>The kiosk has lost its connection to the hall server. Tickets cannot be taken now; please ask at the help desk.</translation>
    </message>
    <message>
        <source>The kiosk is starting, please wait…</source>
        <translation>The kiosk is starting, please wait…</translation>
    </message>
    <message>
        <source>%1 Tickets cannot be taken here now; please ask at the help desk.</source>
        <translation>%1 Tickets cannot be taken here now; please ask at the help desk.</translation>
    </message>
    <message>
        <source>No ticket was issued</source>
        <translation>No ticket was issued</translation>
    </message>
    <message>
        <source>Please ask at the help desk.</source>
        <translation>Please ask at the help desk.</translation>
    </message>
</context>
<context>
    <name>halldesk::KioskStatusBar</name>
    <message>
        <source>M/d dddd HH:mm</source>
        <translation>M/d dddd HH:mm</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
</context>
</TS>
