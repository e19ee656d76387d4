<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>IntakeForm</name>
    <message>
        <source>What kind of feedback: praise, complaint, suggestion, question or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the feedback is about. Type to search the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the resident said, in their own words (up to 10,000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when the resident knows when it happened, then give the date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it happened, if the resident says (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the feedback reached the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the resident&apos;s receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when the resident gives no contact details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident&apos;s email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident&apos;s phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident&apos;s postal address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when the resident wants an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the answer should reach the resident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether a worker records this for a resident or a relative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the feedback is for, e.g. room 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick once the resident has been told how their details are handled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your staff ID: who took this feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whe&amp;re</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cha&amp;nnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal a&amp;ddress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wants a repl&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On behal&amp;f of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy notice g&amp;iven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Staff ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the resident said, in their words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address or place (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives no contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident wants an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. room 12, daughter of the resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I told the resident how their details are handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve and print receipt   (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear form   (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and print receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the record and prints the receipt (Ctrl+Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empties the form, asking first (Escape).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{used} / {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form holds a record that is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this record?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to fix before saving:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Praise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No – the resident speaks for themself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resident (told to a worker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relative of the resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff, on a resident&apos;s behalf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Feedback Desk cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings problem: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback Desk is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Feedback Desk is using the data folder {folder} and does not answer. Close it (or restart the computer) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Feedback Desk – {site}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New record  (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue  (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New record (Ctrl+1) or the queue (Ctrl+2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what a resident says (Ctrl+1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every record on this desk and its sync state (Ctrl+2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends waiting records and fetches updates now (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too&amp;ls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case system &amp;access token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) waiting to be sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to a case system: records stay on this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT has not set the case system&apos;s address (api.url) on this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case system access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token for {address}
(kept in the system&apos;s keyring, never in a file):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending paused: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline – will retry ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, but no receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {reference}. The receipt could not be made ({reason}); write the reference down for the resident and reprint it from the queue later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Feedback Desk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit and discard it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>No printer is set up on this computer. Save the receipt as PDF, or ask IT to set up a default printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer &apos;{name}&apos; cannot be used right now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>Reference, case number or words from the description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;arch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find records by reference, case number or words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records on this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first. Enter opens the selected record; it can be reprinted from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiptActions</name>
    <message>
        <source>Printing is switched off on this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt sent to the printer {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The reference number is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this number to the resident; it is also on the receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next person   (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes this and empties the form (Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the receipt (again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the receipt as a PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing is switched off on this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt saved as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Record {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, by {method}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On behalf of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy notice given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} of this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reprint receipt (COPY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save copy as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case system refused the record: choose a category it takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send with &amp;category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the receipt again, marked COPY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the receipt, marked COPY, as a PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the record again with the chosen category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a category the case system takes, then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy saved as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>80 mm roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print on the default printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask with a print dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt &amp;paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After &amp;saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default s&amp;taff ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Large mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of these screens; receipts are chosen per record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper the receipt printer uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens with the receipt right after saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in on every new form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard colours, or high contrast: white text on black.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text, and buttons and fields at least 44 pixels tall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bigger text and buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (records stay on this desk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case system:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves and uses the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The database {path} cannot be opened: {why}. It has been left untouched. Keep the file (it may hold records not yet sent) and contact IT support; to start with an empty database, move the file elsewhere first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of Feedback Desk (schema {revision}). It has been left untouched: install that version again, or ask IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record could not be saved ({reason}). It is not lost: it is still in the form. Free some disk space or call IT support, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>No case system is set up (api.url is empty): records stay on this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version speaks case-api-v1 only; api.protocol is {protocol}. Records stay on this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access token: this computer&apos;s keyring cannot be used. Ask IT to enrol the desk (or to set DESK_APP_API_TOKEN); the log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk has no access token for the case system yet: enter it under Tools, or run `desk-app token set`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered {status} with {type}, not the case API&apos;s JSON (a login page or proxy in the way?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk&apos;s access to the case system must be renewed (the server answered {status}). Ask IT for a new token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case system is busy ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case system had an error ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS check of the case system failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case system did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the case system ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync failed unexpectedly ({error}); see the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a case system: records stay on this desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Choose what kind of feedback this is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category &apos;{code}&apos; is unknown or no longer offered: pick another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what the resident said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description is {length:,} characters; at most {limit:,} fit. Shorten it or attach the rest on paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time it happened needs a time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time it happened is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place may be at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a language code such as sv or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note may be at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter who took this feedback (your staff ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous feedback cannot carry contact details: clear them or untick anonymous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An anonymous resident cannot get a reply: add contact details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is longer than fits; shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like an email address (name@example.se).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number has 6 to 15 digits, optionally starting with +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a name or a way to reach the resident, or tick anonymous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply by email needs an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply by phone needs a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply by letter needs a postal address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the resident wants the reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident must agree to be contacted for a reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the resident how their details are handled, then tick the privacy notice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
