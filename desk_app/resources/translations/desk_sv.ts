<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>AttributeGroup</name>
    <message>
        <source>Questions for this category</source>
        <translation>Frågor för den här kategorin</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatorisk.</translation>
    </message>
    <message>
        <source>A number, such as 12 or 3.5.</source>
        <translation>Ett tal, till exempel 12 eller 3,5.</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Inget svar</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Känt</translation>
    </message>
    <message>
        <source>No longer asked for this category. Kept as recorded; this correction does not change them:</source>
        <translation>Frågas inte längre för den här kategorin. Sparas som de registrerades; den här rättelsen ändrar dem inte:</translation>
    </message>
    <message>
        <source>{question} (no longer asked)</source>
        <translation>{question} (frågas inte längre)</translation>
    </message>
    <message>
        <source>Kept as recorded; this category no longer asks it.</source>
        <translation>Sparat som det registrerades; den här kategorin frågar inte längre efter det.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>Granskningslogg</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Synpunkter</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Who did what with residents&apos; data, and who signed in, newest first.</source>
        <translation>Vem som gjorde vad med invånarnas uppgifter, och vem som loggade in, senaste först.</translation>
    </message>
</context>
<context>
    <name>CaseRequests</name>
    <message>
        <source>This case system does not accept corrections or erasures from the desk: ask its administrators to correct or erase the record there too.</source>
        <translation>Det här ärendesystemet tar inte emot rättelser eller raderingar från receptionen: be dess administratörer att rätta eller radera synpunkten där också.</translation>
    </message>
    <message>
        <source>Nothing to send: the case system never received this record.</source>
        <translation>Inget att skicka: ärendesystemet fick aldrig den här synpunkten.</translation>
    </message>
    <message>
        <source>The case system does not know this delivered record (404): ask its administrators.</source>
        <translation>Ärendesystemet känner inte till den här levererade synpunkten (404): fråga dess administratörer.</translation>
    </message>
</context>
<context>
    <name>ChangePinDialog</name>
    <message>
        <source>Change my PIN</source>
        <translation>Byt min PIN-kod</translation>
    </message>
    <message>
        <source>New PIN for {worker}. Type your present PIN first.</source>
        <translation>Ny PIN-kod för {worker}. Skriv först din nuvarande PIN-kod.</translation>
    </message>
    <message>
        <source>&amp;Present PIN:</source>
        <translation>&amp;Nuvarande PIN-kod:</translation>
    </message>
    <message>
        <source>The PIN you use now.</source>
        <translation>Den PIN-kod du använder nu.</translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation>N&amp;y PIN-kod:</translation>
    </message>
    <message>
        <source>4 to 8 digits.</source>
        <translation>4 till 8 siffror.</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>PIN-koden i&amp;gen:</translation>
    </message>
    <message>
        <source>The same PIN again.</source>
        <translation>Samma PIN-kod en gång till.</translation>
    </message>
    <message>
        <source>Saves the new PIN; this is written to the audit trail.</source>
        <translation>Sparar den nya PIN-koden; det skrivs i granskningsloggen.</translation>
    </message>
    <message>
        <source>Closes without changing anything.</source>
        <translation>Stänger utan att ändra något.</translation>
    </message>
    <message>
        <source>Type your present PIN.</source>
        <translation>Skriv din nuvarande PIN-kod.</translation>
    </message>
    <message>
        <source>Wrong PIN. Nothing was changed.</source>
        <translation>Fel PIN-kod. Ingenting ändrades.</translation>
    </message>
</context>
<context>
    <name>ContactCorrectionDialog</name>
    <message>
        <source>Correct contact details</source>
        <translation>Rätta kontaktuppgifter</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Postal &amp;address:</source>
        <translation>Post&amp;adress:</translation>
    </message>
    <message>
        <source>As the person gives it now; leave it empty to remove it.</source>
        <translation>Som personen uppger det nu; lämna tomt för att ta bort det.</translation>
    </message>
    <message>
        <source>Correct the contact details of {reference} as the person asks. What was said stays as it was recorded.</source>
        <translation>Rätta kontaktuppgifterna för {reference} så som personen ber om. Det som sades står kvar så som det antecknades.</translation>
    </message>
    <message>
        <source>This record was delivered to the case system (case {case}): the correction is sent there too, or you are told whom to ask when it does not accept corrections.</source>
        <translation>Synpunkten har lämnats till ärendesystemet (ärende {case}): rättelsen skickas dit också, eller så får du veta vem du ska fråga om det inte tar emot rättelser.</translation>
    </message>
    <message>
        <source>Saves the corrected details; the change is written to the audit trail.</source>
        <translation>Sparar de rättade uppgifterna; ändringen skrivs i granskningsloggen.</translation>
    </message>
    <message>
        <source>Closes without changing anything.</source>
        <translation>Stänger utan att ändra något.</translation>
    </message>
    <message>
        <source>Not saved: check the marked fields.</source>
        <translation>Inte sparat: kontrollera de markerade fälten.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correct record {reference}</source>
        <translation>Rätta synpunkt {reference}</translation>
    </message>
    <message>
        <source>The case system refused this record: {reason}</source>
        <translation>Ärendesystemet tog inte emot synpunkten: {reason}</translation>
    </message>
    <message>
        <source>Closes; the record stays as it was.</source>
        <translation>Stänger; synpunkten förblir som den var.</translation>
    </message>
    <message>
        <source>Discard the corrections?</source>
        <translation>Kasta rättelserna?</translation>
    </message>
    <message>
        <source>The record stays as it was and is not sent again. Discard them?</source>
        <translation>Synpunkten förblir som den var och skickas inte igen. Kasta dem?</translation>
    </message>
</context>
<context>
    <name>CorrectionForm</name>
    <message>
        <source>Sa&amp;ve and send again   (Ctrl+Enter)</source>
        <translation>&amp;Spara och skicka igen   (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Save and send again</source>
        <translation>Spara och skicka igen</translation>
    </message>
    <message>
        <source>Saves the corrections and sends the record again (Ctrl+Enter).</source>
        <translation>Sparar rättelserna och skickar synpunkten igen (Ctrl+Enter).</translation>
    </message>
</context>
<context>
    <name>IntakeFields</name>
    <message>
        <source>Choose…</source>
        <translation>Välj …</translation>
    </message>
    <message>
        <source>Type to search…</source>
        <translation>Skriv för att söka …</translation>
    </message>
    <message>
        <source>What the resident said, in their words.</source>
        <translation>Vad invånaren sa, med egna ord.</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Känt</translation>
    </message>
    <message>
        <source>Address or place (optional)</source>
        <translation>Adress eller plats (frivilligt)</translation>
    </message>
    <message>
        <source>Gives no contact details</source>
        <translation>Lämnar inga kontaktuppgifter</translation>
    </message>
    <message>
        <source>The resident wants an answer</source>
        <translation>Invånaren vill ha svar</translation>
    </message>
    <message>
        <source>e.g. room 12, daughter of the resident</source>
        <translation>t.ex. rum 12, dotter till den boende</translation>
    </message>
    <message>
        <source>A provider not in the list (optional)</source>
        <translation>En utförare som inte finns i listan (frivilligt)</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Brådskande</translation>
    </message>
    <message>
        <source>Why someone should see it today</source>
        <translation>Varför någon bör se det i dag</translation>
    </message>
    <message>
        <source>Whom to contact, e.g. the police&apos;s 114 14</source>
        <translation>Vem man kontaktar, t.ex. polisen på 114 14</translation>
    </message>
    <message>
        <source>Why it is urgent</source>
        <translation>Varför det är brådskande</translation>
    </message>
    <message>
        <source>I told the resident how their details are handled</source>
        <translation>Jag har berättat hur uppgifterna hanteras</translation>
    </message>
    <message>
        <source>The feedback</source>
        <translation>Synpunkten</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>När det hände</translation>
    </message>
    <message>
        <source>The date and time it happened.</source>
        <translation>Datum och tid då det hände.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Characters used</source>
        <translation>Använda tecken</translation>
    </message>
    <message>
        <source>No unit chosen</source>
        <translation>Ingen enhet vald</translation>
    </message>
    <message>
        <source>{used} / {limit} characters</source>
        <translation>{used} / {limit} tecken</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <source>What kind of feedback: praise, complaint, suggestion, question or other.</source>
        <translation>Vilken sorts synpunkt: beröm, klagomål, förslag, fråga eller annat.</translation>
    </message>
    <message>
        <source>What the feedback is about. Type to search the list.</source>
        <translation>Vad synpunkten gäller. Skriv för att söka i listan.</translation>
    </message>
    <message>
        <source>What the resident said, in their own words (up to 10,000 characters).</source>
        <translation>Vad invånaren sa, med egna ord (högst 10 000 tecken).</translation>
    </message>
    <message>
        <source>Tick when the resident knows when it happened, then give the date and time.</source>
        <translation>Kryssa i om invånaren vet när det hände och ange sedan datum och tid.</translation>
    </message>
    <message>
        <source>Where it happened, if the resident says (optional).</source>
        <translation>Var det hände, om invånaren berättar det (frivilligt).</translation>
    </message>
    <message>
        <source>How the feedback reached the desk.</source>
        <translation>Hur synpunkten kom in till receptionen.</translation>
    </message>
    <message>
        <source>The language of the resident&apos;s receipt.</source>
        <translation>Språket på invånarens kvitto.</translation>
    </message>
    <message>
        <source>Tick when the resident gives no contact details.</source>
        <translation>Kryssa i när invånaren inte lämnar några kontaktuppgifter.</translation>
    </message>
    <message>
        <source>The resident&apos;s name.</source>
        <translation>Invånarens namn.</translation>
    </message>
    <message>
        <source>The resident&apos;s email address.</source>
        <translation>Invånarens e-postadress.</translation>
    </message>
    <message>
        <source>The resident&apos;s phone number.</source>
        <translation>Invånarens telefonnummer.</translation>
    </message>
    <message>
        <source>The resident&apos;s postal address.</source>
        <translation>Invånarens postadress.</translation>
    </message>
    <message>
        <source>Tick when the resident wants an answer.</source>
        <translation>Kryssa i när invånaren vill ha svar.</translation>
    </message>
    <message>
        <source>How the answer should reach the resident.</source>
        <translation>Hur svaret ska nå invånaren.</translation>
    </message>
    <message>
        <source>Whether a worker records this for a resident or a relative.</source>
        <translation>Om en medarbetare skriver in det här åt en boende eller en anhörig.</translation>
    </message>
    <message>
        <source>Who the feedback is for, e.g. room 12.</source>
        <translation>Vem synpunkten gäller, t.ex. rum 12.</translation>
    </message>
    <message>
        <source>Tick once the resident has been told how their details are handled.</source>
        <translation>Kryssa i när invånaren har fått veta hur uppgifterna hanteras.</translation>
    </message>
    <message>
        <source>Your staff ID: who took this feedback.</source>
        <translation>Ditt personal-ID: vem som tog emot synpunkten.</translation>
    </message>
    <message>
        <source>Who gives the feedback: a resident, visitor, relative, guardian, pupil, business…</source>
        <translation>Vem som lämnar synpunkten: invånare, besökare, anhörig, vårdnadshavare, elev, företag …</translation>
    </message>
    <message>
        <source>The school, care home or other unit the feedback is about (optional).</source>
        <translation>Skolan, äldreboendet eller annan enhet som synpunkten gäller (frivilligt).</translation>
    </message>
    <message>
        <source>The provider the feedback is about, when the unit list does not have it.</source>
        <translation>Utföraren som synpunkten gäller, när den inte finns i enhetslistan.</translation>
    </message>
    <message>
        <source>Tick when someone with authority should see it today, and say why.</source>
        <translation>Kryssa när någon med befogenhet bör se det i dag, och skriv varför.</translation>
    </message>
    <message>
        <source>When the matter is not the municipality&apos;s: where the person should turn.</source>
        <translation>När ärendet inte är kommunens: vart personen ska vända sig.</translation>
    </message>
    <message>
        <source>Whom to contact there; the receipt tells the person.</source>
        <translation>Vem man kontaktar där; kvittot berättar det för personen.</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>&amp;Kategori</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>&amp;Vad hände</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>&amp;När</translation>
    </message>
    <message>
        <source>Whe&amp;re</source>
        <translation>Va&amp;r</translation>
    </message>
    <message>
        <source>Cha&amp;nnel</source>
        <translation>Kan&amp;al</translation>
    </message>
    <message>
        <source>Receipt lan&amp;guage</source>
        <translation>Kvittots s&amp;pråk</translation>
    </message>
    <message>
        <source>&amp;Anonymous</source>
        <translation>An&amp;onym</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>Na&amp;mn</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-post</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Tele&amp;fon</translation>
    </message>
    <message>
        <source>Postal a&amp;ddress</source>
        <translation>Posta&amp;dress</translation>
    </message>
    <message>
        <source>Wants a repl&amp;y</source>
        <translation>&amp;Önskar svar</translation>
    </message>
    <message>
        <source>Reply &amp;by</source>
        <translation>Svar &amp;genom</translation>
    </message>
    <message>
        <source>On behal&amp;f of</source>
        <translation>På &amp;uppdrag av</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>Ante&amp;ckning</translation>
    </message>
    <message>
        <source>Privacy notice g&amp;iven</source>
        <translation>&amp;Informerad om personuppgifter</translation>
    </message>
    <message>
        <source>&amp;Staff ID</source>
        <translation>Persona&amp;l-ID</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vem &amp;hör av sig</translation>
    </message>
    <message>
        <source>&amp;Unit concerned</source>
        <translation>&amp;Berörd enhet</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Utförare</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Brådska</translation>
    </message>
    <message>
        <source>E&amp;xternal referral</source>
        <translation>Hänvisad till e&amp;xtern aktör</translation>
    </message>
    <message>
        <source>Referral note</source>
        <translation>Anteckning om hänvisningen</translation>
    </message>
    <message>
        <source>Sa&amp;ve and print receipt   (Ctrl+Enter)</source>
        <translation>&amp;Spara och skriv ut kvitto   (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Clear form   (Esc)</source>
        <translation>Töm formul&amp;äret   (Esc)</translation>
    </message>
    <message>
        <source>Save and print receipt</source>
        <translation>Spara och skriv ut kvitto</translation>
    </message>
    <message>
        <source>Saves the record and prints the receipt (Ctrl+Enter).</source>
        <translation>Sparar uppgifterna och skriver ut kvittot (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>Clear form</source>
        <translation>Töm formuläret</translation>
    </message>
    <message>
        <source>Empties the form, asking first (Escape).</source>
        <translation>Tömmer formuläret, efter att ha frågat (Escape).</translation>
    </message>
    <message>
        <source>The form holds a record that is not saved.</source>
        <translation>Formuläret innehåller en synpunkt som inte är sparad.</translation>
    </message>
    <message>
        <source>Discard this record?</source>
        <translation>Kasta synpunkten?</translation>
    </message>
    <message>
        <source>Discard it?</source>
        <translation>Vill du kasta den?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln thing(s) to fix before saving:</source>
        <translation>
            <numerusform>%Ln sak att rätta innan du sparar:</numerusform>
            <numerusform>%Ln saker att rätta innan du sparar:</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparad</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Praise</source>
        <translation>Beröm</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Klagomål</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Personligen</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Paper form</source>
        <translation>Pappersblankett</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Sociala medier</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Webbformulär</translation>
    </message>
    <message>
        <source>Meeting or dialogue</source>
        <translation>Möte eller dialog</translation>
    </message>
    <message>
        <source>In person (next visit)</source>
        <translation>Personligen (vid nästa besök)</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Ej angivet</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Invånare</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Besökare</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Anhörig</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Vårdnadshavare</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Elev</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Förening eller organisation</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Medarbetare</translation>
    </message>
    <message>
        <source>Not referred</source>
        <translation>Inte hänvisad</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Polisen</translation>
    </message>
    <message>
        <source>Region (health care)</source>
        <translation>Regionen (hälso- och sjukvård)</translation>
    </message>
    <message>
        <source>Energy company</source>
        <translation>Energibolaget</translation>
    </message>
    <message>
        <source>Water company</source>
        <translation>VA-bolaget</translation>
    </message>
    <message>
        <source>Public transport</source>
        <translation>Kollektivtrafiken</translation>
    </message>
    <message>
        <source>State agency</source>
        <translation>Statlig myndighet</translation>
    </message>
    <message>
        <source>No – the resident speaks for themself</source>
        <translation>Nej – invånaren talar för sig själv</translation>
    </message>
    <message>
        <source>A resident (told to a worker)</source>
        <translation>En boende (berättat för en medarbetare)</translation>
    </message>
    <message>
        <source>A relative of the resident</source>
        <translation>En anhörig till den boende</translation>
    </message>
    <message>
        <source>Staff, on a resident&apos;s behalf</source>
        <translation>Personal, för en boendes räkning</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Någon annan</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Väntar på att skickas</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Skickas</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Behöver åtgärdas</translation>
    </message>
    <message>
        <source>received</source>
        <translation>mottagen</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>pågår</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>besvarad</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>avslutad</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>avvisad</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Feedback Desk cannot start</source>
        <translation>Feedback Desk kan inte starta</translation>
    </message>
    <message>
        <source>Settings problem: {problem}</source>
        <translation>Problem med inställningarna: {problem}</translation>
    </message>
    <message>
        <source>Feedback Desk is already running</source>
        <translation>Feedback Desk är redan igång</translation>
    </message>
    <message>
        <source>Another Feedback Desk is using the data folder {folder} and does not answer. Close it (or restart the computer) and try again.</source>
        <translation>Ett annat Feedback Desk använder datamappen {folder} och svarar inte. Stäng det (eller starta om datorn) och försök igen.</translation>
    </message>
    <message>
        <source>Residents&apos; data is NOT encrypted on this computer: no system keyring is available, and IT allowed the desk to start without one.</source>
        <translation>Invånarnas uppgifter är INTE krypterade på den här datorn: ingen nyckelring finns i systemet, och IT har tillåtit att receptionen startar utan en.</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Inte krypterad</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>Databasen kan inte öppnas</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>The desk is locked</source>
        <translation>Disken är låst</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <source>Personal data is hidden. Choose your name and type your PIN: you go on where you were.</source>
        <translation>Personuppgifterna är dolda. Välj ditt namn och skriv din PIN-kod: du fortsätter där du var.</translation>
    </message>
    <message>
        <source>Choose your name and type your PIN.</source>
        <translation>Välj ditt namn och skriv din PIN-kod.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Logga in</translation>
    </message>
    <message>
        <source>Personal data is hidden. You go on where you were.</source>
        <translation>Personuppgifterna är dolda. Du fortsätter där du var.</translation>
    </message>
    <message>
        <source>&amp;Continue as {worker}</source>
        <translation>&amp;Fortsätt som {worker}</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN-kod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Who is signing in.</source>
        <translation>Vem som loggar in.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-kod</translation>
    </message>
    <message>
        <source>Your PIN: 4 to 8 digits.</source>
        <translation>Din PIN-kod: 4 till 8 siffror.</translation>
    </message>
    <message>
        <source>No worker can sign in yet: IT adds workers with “desk-app worker add”.</source>
        <translation>Ingen medarbetare kan logga in än: IT lägger till medarbetare med ”desk-app worker add”.</translation>
    </message>
    <message>
        <source>This worker cannot sign in here.</source>
        <translation>Den här medarbetaren kan inte logga in här.</translation>
    </message>
    <message>
        <source>Wrong PIN, or too many tries: try again after {time}.</source>
        <translation>Fel PIN-kod, eller för många försök: försök igen efter {time}.</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>Fel PIN-kod. Försök igen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Feedback Desk – {site}</source>
        <translation>Feedback Desk – {site}</translation>
    </message>
    <message>
        <source>New record  (Ctrl+1)</source>
        <translation>Ny synpunkt  (Ctrl+1)</translation>
    </message>
    <message>
        <source>Queue  (Ctrl+2)</source>
        <translation>Kö  (Ctrl+2)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <source>New record (Ctrl+1), the queue (Ctrl+2) or the statistics (Ctrl+3).</source>
        <translation>Ny synpunkt (Ctrl+1), kön (Ctrl+2) eller statistiken (Ctrl+3).</translation>
    </message>
    <message>
        <source>Record what a resident says (Ctrl+1).</source>
        <translation>Skriv in vad en invånare säger (Ctrl+1).</translation>
    </message>
    <message>
        <source>Every record on this desk and its sync state (Ctrl+2).</source>
        <translation>Alla synpunkter i den här receptionen och om de är skickade (Ctrl+2).</translation>
    </message>
    <message>
        <source>Statistics  (Ctrl+3)</source>
        <translation>Statistik  (Ctrl+3)</translation>
    </message>
    <message>
        <source>Records and visitors&apos; ratings over a period, as charts and tables.</source>
        <translation>Synpunkter och besökarnas betyg under en period, som diagram och tabeller.</translation>
    </message>
    <message>
        <source>Too&amp;ls</source>
        <translation>Verkt&amp;yg</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synkronisera nu</translation>
    </message>
    <message>
        <source>A &amp;person&apos;s records…</source>
        <translation>En &amp;persons synpunkter …</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar …</translation>
    </message>
    <message>
        <source>Lock the des&amp;k</source>
        <translation>&amp;Lås disken</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>&amp;Granskningslogg …</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Rapport …</translation>
    </message>
    <message>
        <source>&amp;Workers and PINs…</source>
        <translation>P&amp;ersonal och PIN-koder …</translation>
    </message>
    <message>
        <source>Change &amp;my PIN…</source>
        <translation>Byt &amp;min PIN-kod …</translation>
    </message>
    <message>
        <source>Case system &amp;access token…</source>
        <translation>&amp;Åtkomsttoken för ärendesystemet …</translation>
    </message>
    <message>
        <source>&amp;Rate a visit</source>
        <translation>&amp;Betygsätt ett besök</translation>
    </message>
    <message>
        <source>Turn the screen to the visitor to rate the visit.</source>
        <translation>Vänd skärmen mot besökaren så att hen kan betygsätta besöket.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Granskningslogg</translation>
    </message>
    <message>
        <source>Only a supervisor may read the audit trail.</source>
        <translation>Bara en arbetsledare får läsa granskningsloggen.</translation>
    </message>
    <message>
        <source>Workers and PINs</source>
        <translation>Personal och PIN-koder</translation>
    </message>
    <message>
        <source>Only a supervisor may add workers and set their PINs.</source>
        <translation>Bara en arbetsledare får lägga till personal och ange deras PIN-koder.</translation>
    </message>
    <message>
        <source>No case system</source>
        <translation>Inget ärendesystem</translation>
    </message>
    <message>
        <source>IT has not set the case system&apos;s address (api.url) on this desk.</source>
        <translation>IT har inte angett ärendesystemets adress (api.url) för den här datorn.</translation>
    </message>
    <message>
        <source>Case system access token</source>
        <translation>Åtkomsttoken för ärendesystemet</translation>
    </message>
    <message>
        <source>Access token for {address}
(kept in the system&apos;s keyring, never in a file):</source>
        <translation>Åtkomsttoken för {address}
(sparas i systemets nyckelring, aldrig i en fil):</translation>
    </message>
    <message>
        <source>Token not stored</source>
        <translation>Token sparades inte</translation>
    </message>
    <message>
        <source>Saved, but no receipt</source>
        <translation>Sparad, men inget kvitto</translation>
    </message>
    <message>
        <source>Saved as {reference}. The receipt could not be made ({reason}); write the reference down for the resident and reprint it from the queue later.</source>
        <translation>Sparad som {reference}. Kvittot kunde inte skapas ({reason}); skriv ner referensnumret åt invånaren och skriv ut kvittot från kön senare.</translation>
    </message>
    <message>
        <source>Quit Feedback Desk?</source>
        <translation>Avsluta Feedback Desk?</translation>
    </message>
    <message>
        <source>Quit and discard it?</source>
        <translation>Vill du avsluta och kasta den?</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <source>Received by (staff ID)</source>
        <translation>Mottagen av (personal-ID)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Inträffade</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postadress</translation>
    </message>
    <message>
        <source>Preferred contact</source>
        <translation>Önskad kontaktväg</translation>
    </message>
    <message>
        <source>Wants a reply</source>
        <translation>Vill ha svar</translation>
    </message>
    <message>
        <source>On behalf of</source>
        <translation>På uppdrag av</translation>
    </message>
    <message>
        <source>On-behalf note</source>
        <translation>Anteckning om uppdraget</translation>
    </message>
    <message>
        <source>Privacy notice given</source>
        <translation>Informerad om personuppgifter</translation>
    </message>
    <message>
        <source>May be contacted</source>
        <translation>Får kontaktas</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Lämnad av</translation>
    </message>
    <message>
        <source>Unit concerned</source>
        <translation>Berörd enhet</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Utförare</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Hänvisad till</translation>
    </message>
    <message>
        <source>Referral note</source>
        <translation>Anteckning om hänvisningen</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Brådskande</translation>
    </message>
    <message>
        <source>First response by</source>
        <translation>Första svar senast</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Sändning</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Levererad</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Ärendenummer</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Ärendets status</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>Personuppgifter raderade</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personuppgifter</translation>
    </message>
    <message>
        <source>A person&apos;s records</source>
        <translation>En persons synpunkter</translation>
    </message>
    <message>
        <source>Name, email, phone or reference</source>
        <translation>Namn, e-post, telefon eller referens</translation>
    </message>
    <message>
        <source>&amp;Look for:</source>
        <translation>Sö&amp;k efter:</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Hitta</translation>
    </message>
    <message>
        <source>&amp;Matching records:</source>
        <translation>&amp;Träffar:</translation>
    </message>
    <message>
        <source>&amp;Show everything held</source>
        <translation>&amp;Visa allt som finns</translation>
    </message>
    <message>
        <source>&amp;Print a copy…</source>
        <translation>Skriv &amp;ut en kopia …</translation>
    </message>
    <message>
        <source>Save a copy as P&amp;DF…</source>
        <translation>Spara en kopia som P&amp;DF …</translation>
    </message>
    <message>
        <source>Co&amp;rrect contact details…</source>
        <translation>Rätta k&amp;ontaktuppgifter …</translation>
    </message>
    <message>
        <source>&amp;Erase personal data…</source>
        <translation>&amp;Radera personuppgifter …</translation>
    </message>
    <message>
        <source>Look for</source>
        <translation>Sök efter</translation>
    </message>
    <message>
        <source>A resident&apos;s name, email, phone number or a record&apos;s reference; Enter finds.</source>
        <translation>En invånares namn, e-post, telefonnummer eller en synpunkts referens; Enter söker.</translation>
    </message>
    <message>
        <source>Matching records</source>
        <translation>Träffar</translation>
    </message>
    <message>
        <source>Reference, date, kind and state only. Enter shows everything held.</source>
        <translation>Bara referens, datum, typ och läge. Enter visar allt som finns.</translation>
    </message>
    <message>
        <source>Everything held</source>
        <translation>Allt som finns</translation>
    </message>
    <message>
        <source>Every field the desk holds about the shown record.</source>
        <translation>Varje uppgift som receptionen har om den visade synpunkten.</translation>
    </message>
    <message>
        <source>Closes this window.</source>
        <translation>Stänger fönstret.</translation>
    </message>
    <message>
        <source>Finds the records that match.</source>
        <translation>Hittar de synpunkter som stämmer.</translation>
    </message>
    <message>
        <source>Shows everything held about the selected record.</source>
        <translation>Visar allt som finns om den valda synpunkten.</translation>
    </message>
    <message>
        <source>Prints a copy of everything held, for the resident.</source>
        <translation>Skriver ut en kopia av allt som finns, till invånaren.</translation>
    </message>
    <message>
        <source>Saves a copy of everything held as a PDF file.</source>
        <translation>Sparar en kopia av allt som finns som PDF-fil.</translation>
    </message>
    <message>
        <source>Corrects the name, email, phone or postal address of the selected record.</source>
        <translation>Rättar namn, e-post, telefon eller postadress i den valda synpunkten.</translation>
    </message>
    <message>
        <source>Erases the personal data of the selected record, after asking.</source>
        <translation>Raderar personuppgifterna i den valda synpunkten, efter en fråga.</translation>
    </message>
    <message>
        <source>Type a name, email, phone number or reference first.</source>
        <translation>Skriv först ett namn, en e-postadress, ett telefonnummer eller en referens.</translation>
    </message>
    <message>
        <source>The records could not be searched: {reason}</source>
        <translation>Det gick inte att söka bland synpunkterna: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) found.</source>
        <translation>
            <numerusform>%Ln synpunkt hittades.</numerusform>
            <numerusform>%Ln synpunkter hittades.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Raderade</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Finns kvar</translation>
    </message>
    <message>
        <source>The record could not be read: {reason}</source>
        <translation>Det gick inte att läsa synpunkten: {reason}</translation>
    </message>
    <message>
        <source>Select a record and press Show to see everything held about it.</source>
        <translation>Välj en synpunkt och tryck Visa för att se allt som finns om den.</translation>
    </message>
    <message>
        <source>Everything held about {reference}:</source>
        <translation>Allt som finns om {reference}:</translation>
    </message>
    <message>
        <source>{field} of this record</source>
        <translation>{field} för den här synpunkten</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>Case system request</source>
        <translation>Begäran till ärendesystemet</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>Skicka &amp;igen</translation>
    </message>
    <message>
        <source>Settled with the case system</source>
        <translation>Klarad med ärendesystemet</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Skicka igen</translation>
    </message>
    <message>
        <source>Sends the refused request to the case system again at the next sync.</source>
        <translation>Skickar den avvisade begäran till ärendesystemet igen vid nästa synkronisering.</translation>
    </message>
    <message>
        <source>The case system&apos;s administrators have dealt with it: the desk stops asking and forgets the request&apos;s new details.</source>
        <translation>Ärendesystemets administratörer har hanterat den: disken slutar fråga och glömmer begärans nya uppgifter.</translation>
    </message>
    <message>
        <source>The request could not be changed: {reason}</source>
        <translation>Begäran kunde inte ändras: {reason}</translation>
    </message>
    <message>
        <source>Marked as settled: the desk will not send it.</source>
        <translation>Markerad som klarad: disken skickar den inte.</translation>
    </message>
    <message>
        <source>It will be sent to the case system at the next sync.</source>
        <translation>Den skickas till ärendesystemet vid nästa synkronisering.</translation>
    </message>
    <message>
        <source>The request was no longer refused; nothing changed.</source>
        <translation>Begäran var inte längre avvisad; inget ändrades.</translation>
    </message>
    <message>
        <source>Refused by the case system: {references}. Look one up to send it again or to mark it settled.</source>
        <translation>Avvisade av ärendesystemet: {references}. Slå upp en för att skicka den igen eller markera den som klarad.</translation>
    </message>
    <message>
        <source>Correction of the contact details</source>
        <translation>Rättelse av kontaktuppgifterna</translation>
    </message>
    <message>
        <source>Erasure of the personal data</source>
        <translation>Radering av personuppgifterna</translation>
    </message>
    <message>
        <source>{what}: sent to the case system {when}.</source>
        <translation>{what}: skickad till ärendesystemet {when}.</translation>
    </message>
    <message>
        <source>{what}: refused by the case system, needs attention ({reason}).</source>
        <translation>{what}: avvisad av ärendesystemet, behöver åtgärdas ({reason}).</translation>
    </message>
    <message>
        <source>{what}: this case system does not accept it; ask the administrators of {system}.</source>
        <translation>{what}: det här ärendesystemet tar inte emot det; be administratörerna för {system}.</translation>
    </message>
    <message>
        <source>{what}: nothing to send to the case system.</source>
        <translation>{what}: inget att skicka till ärendesystemet.</translation>
    </message>
    <message>
        <source>{what}: will be sent to the case system at the next sync, or when the connection is back.</source>
        <translation>{what}: skickas till ärendesystemet vid nästa synkronisering, eller när anslutningen är tillbaka.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Not printed: {reason}</source>
        <translation>Inte utskrivet: {reason}</translation>
    </message>
    <message>
        <source>Copy saved as {path}.</source>
        <translation>Kopian sparad som {path}.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Inget ändrades.</translation>
    </message>
    <message>
        <source>The contact details of {reference} are corrected on this desk. The correction will be sent to the case system (case {case}) at the next sync, or when the connection is back.</source>
        <translation>Kontaktuppgifterna för {reference} är rättade i den här receptionen. Rättelsen skickas till ärendesystemet (ärende {case}) vid nästa synkronisering, eller när anslutningen är tillbaka.</translation>
    </message>
    <message>
        <source>The contact details of {reference} are corrected on this desk. This case system does not accept corrections: ask the administrators of {system} to correct them in case {case} too.</source>
        <translation>Kontaktuppgifterna för {reference} är rättade i den här receptionen. Det här ärendesystemet tar inte emot rättelser: be administratörerna för {system} att rätta dem i ärende {case} också.</translation>
    </message>
    <message>
        <source>The contact details of {reference} are corrected on this desk. The record had been delivered to the case system (case {case}), which still holds the old ones: ask the case system&apos;s administrators to correct them there too.</source>
        <translation>Kontaktuppgifterna för {reference} är rättade på den här disken. Synpunkten hade redan lämnats till ärendesystemet (ärende {case}), som fortfarande har de gamla: be ärendesystemets administratörer att rätta dem där också.</translation>
    </message>
    <message>
        <source>The contact details of {reference} are corrected. The case system will get the corrected details when the record is sent.</source>
        <translation>Kontaktuppgifterna för {reference} är rättade. Ärendesystemet får de rättade uppgifterna när synpunkten skickas.</translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>Ingenting raderades.</translation>
    </message>
    <message>
        <source>Nothing was erased: {reason}</source>
        <translation>Ingenting raderades: {reason}</translation>
    </message>
    <message>
        <source>Nothing was erased: the record is no longer on this desk.</source>
        <translation>Ingenting raderades: synpunkten finns inte längre i den här receptionen.</translation>
    </message>
    <message>
        <source>Erase the personal data of {reference}?

Erased: the name, email, phone number, postal address, the description of what happened and the on-behalf note.
Kept: the reference, the dates, the kind, category and place, and the case number, so the statistics and the case stay whole.

This cannot be undone.</source>
        <translation>Radera personuppgifterna i {reference}?

Raderas: namn, e-post, telefonnummer, postadress, beskrivningen av vad som hände och anteckningen om uppdraget.
Sparas: referensen, datumen, typ, kategori och plats samt ärendenumret, så att statistiken och ärendet hänger ihop.

Det går inte att ångra.</translation>
    </message>
    <message>
        <source>This record was delivered to the case system: the desk asks it to erase its copy too, or tells you whom to ask when it does not accept erasures.</source>
        <translation>Synpunkten har lämnats till ärendesystemet: receptionen ber det att radera sin kopia också, eller talar om vem du ska fråga om det inte tar emot raderingar.</translation>
    </message>
    <message>
        <source>Erase personal data?</source>
        <translation>Radera personuppgifter?</translation>
    </message>
    <message>
        <source>&amp;Erase personal data</source>
        <translation>&amp;Radera personuppgifterna</translation>
    </message>
    <message>
        <source>The personal data of {reference} had already been erased.</source>
        <translation>Personuppgifterna i {reference} var redan raderade.</translation>
    </message>
    <message>
        <source>The personal data of {reference} is erased. It had not been delivered and will not be sent.</source>
        <translation>Personuppgifterna i {reference} är raderade. Synpunkten hade inte levererats och skickas inte.</translation>
    </message>
    <message>
        <source>The personal data of {reference} is erased on this desk. The erasure will be sent to the case system (case {case}) at the next sync, or when the connection is back.</source>
        <translation>Personuppgifterna i {reference} är raderade i den här receptionen. Raderingen skickas till ärendesystemet (ärende {case}) vid nästa synkronisering, eller när anslutningen är tillbaka.</translation>
    </message>
    <message>
        <source>The personal data of {reference} is erased, here and in the case system (case {case}).</source>
        <translation>Personuppgifterna i {reference} är raderade, här och i ärendesystemet (ärende {case}).</translation>
    </message>
    <message>
        <source>The personal data of {reference} is erased on this desk. This case system does not accept erasures: ask the administrators of {system} to erase it in case {case} too.</source>
        <translation>Personuppgifterna i {reference} är raderade i den här receptionen. Det här ärendesystemet tar inte emot raderingar: be administratörerna för {system} att radera dem i ärende {case} också.</translation>
    </message>
    <message>
        <source>The personal data of {reference} is erased on this desk. The record had been delivered to the case system (case {case}), which still holds a copy: ask the case system&apos;s administrators to erase it there too. This desk cannot.</source>
        <translation>Personuppgifterna i {reference} är raderade i den här receptionen. Synpunkten hade levererats till ärendesystemet (ärende {case}), som fortfarande har en kopia: be ärendesystemets administratörer att radera den där också. Det kan inte den här receptionen göra.</translation>
    </message>
    <message>
        <source>Ask the case system too</source>
        <translation>Be ärendesystemet också</translation>
    </message>
</context>
<context>
    <name>PinEntryDialog</name>
    <message>
        <source>Add a worker</source>
        <translation>Lägg till en medarbetare</translation>
    </message>
    <message>
        <source>The worker signs in with this PIN on the lock screen. Tell it to them in person; they can change it themselves from the Tools menu.</source>
        <translation>Medarbetaren loggar in med den här PIN-koden på låsskärmen. Berätta den för hen personligen; hen kan själv byta den i menyn Verktyg.</translation>
    </message>
    <message>
        <source>New PIN for {worker}</source>
        <translation>Ny PIN-kod för {worker}</translation>
    </message>
    <message>
        <source>The old PIN stops working at once, and wrong tries so far are forgotten.</source>
        <translation>Den gamla PIN-koden slutar gälla direkt, och felaktiga försök hittills glöms.</translation>
    </message>
    <message>
        <source>Worker &amp;ID:</source>
        <translation>Medarbetar-&amp;id:</translation>
    </message>
    <message>
        <source>Their staff ID, as on the form.</source>
        <translation>Personalens id, som på formuläret.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>How the sign-in list shows them (may be left empty).</source>
        <translation>Så som inloggningslistan visar hen (får lämnas tomt).</translation>
    </message>
    <message>
        <source>New &amp;PIN:</source>
        <translation>Ny &amp;PIN-kod:</translation>
    </message>
    <message>
        <source>4 to 8 digits.</source>
        <translation>4 till 8 siffror.</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>PIN-koden i&amp;gen:</translation>
    </message>
    <message>
        <source>The same PIN again.</source>
        <translation>Samma PIN-kod en gång till.</translation>
    </message>
    <message>
        <source>Saves the PIN; this is written to the audit trail.</source>
        <translation>Sparar PIN-koden; det skrivs i granskningsloggen.</translation>
    </message>
    <message>
        <source>Closes without changing anything.</source>
        <translation>Stänger utan att ändra något.</translation>
    </message>
    <message>
        <source>A worker ID is 1 to 100 characters without spaces.</source>
        <translation>Ett medarbetar-id är 1 till 100 tecken utan mellanslag.</translation>
    </message>
    <message>
        <source>This ID is already a worker here.</source>
        <translation>Det här id:t finns redan här.</translation>
    </message>
</context>
<context>
    <name>PinRules</name>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>En PIN-kod är 4 till 8 siffror.</translation>
    </message>
    <message>
        <source>The two PINs differ: type the same PIN twice.</source>
        <translation>De två PIN-koderna skiljer sig: skriv samma PIN-kod två gånger.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>No printer is set up on this computer. Save the receipt as PDF, or ask IT to set up a default printer.</source>
        <translation>Ingen skrivare är installerad på den här datorn. Spara kvittot som PDF, eller be IT att installera en standardskrivare.</translation>
    </message>
    <message>
        <source>The printer &apos;{name}&apos; cannot be used right now.</source>
        <translation>Skrivaren ”{name}” kan inte användas just nu.</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>The personal data of this record is erased: nothing to correct.</source>
        <translation>Personuppgifterna i den här synpunkten är raderade: det finns inget att rätta.</translation>
    </message>
    <message>
        <source>This record was given anonymously: it holds no contact details.</source>
        <translation>Synpunkten lämnades anonymt: den har inga kontaktuppgifter.</translation>
    </message>
</context>
<context>
    <name>PromiseReminder</name>
    <message numerus="yes">
        <source>%Ln record(s) near their first-response deadline have not reached the case system yet.</source>
        <translation>
            <numerusform>%Ln synpunkt nära sin svarsfrist har ännu inte nått ärendesystemet.</numerusform>
            <numerusform>%Ln synpunkter nära sin svarsfrist har ännu inte nått ärendesystemet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) past their first-response deadline have not reached the case system.</source>
        <translation>
            <numerusform>%Ln synpunkt vars svarsfrist har gått ut har inte nått ärendesystemet.</numerusform>
            <numerusform>%Ln synpunkter vars svarsfrist har gått ut har inte nått ärendesystemet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the network connection and press Sync now (F5). If the records still do not go, call the case system and give them the references marked in the queue&apos;s Deadline column, so the residents hear from someone in time.</source>
        <translation>Kontrollera nätverksanslutningen och tryck på Synkronisera nu (F5). Om synpunkterna ändå inte går iväg: ring ärendesystemets ansvariga och ge dem referenserna som är markerade i kolumnen Svarsfrist i kön, så att invånarna hör av någon i tid.</translation>
    </message>
    <message>
        <source>Reply promises at risk</source>
        <translation>Svarslöften i fara</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>{date} – at risk</source>
        <translation>{date} – i fara</translation>
    </message>
    <message>
        <source>{date} – past</source>
        <translation>{date} – passerad</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Sändning</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Svarsfrist</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Vad hände</translation>
    </message>
    <message>
        <source>No reply promised: no deadline</source>
        <translation>Inget svar utlovat: ingen svarsfrist</translation>
    </message>
    <message>
        <source>The first-response date the case system set</source>
        <translation>Dagen för första svar som ärendesystemet har satt</translation>
    </message>
    <message>
        <source>Not yet with the case system: check the network and sync, or call the case system so the resident hears from someone in time</source>
        <translation>Ännu inte i ärendesystemet: kontrollera nätverket och synkronisera, eller ring ärendesystemets ansvariga så att invånaren hör av någon i tid</translation>
    </message>
    <message>
        <source>The first-response date this desk promised</source>
        <translation>Dagen för första svar som den här disken har lovat</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>Reference, case number or words from the description</source>
        <translation>Referens, ärendenummer eller ord ur beskrivningen</translation>
    </message>
    <message>
        <source>Se&amp;arch</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Find records by reference, case number or words.</source>
        <translation>Hitta synpunkter på referens, ärendenummer eller ord.</translation>
    </message>
    <message>
        <source>Records on this desk</source>
        <translation>Synpunkter i den här receptionen</translation>
    </message>
    <message>
        <source>Newest first. Enter opens the selected record; it can be reprinted from there.</source>
        <translation>Nyaste först. Enter öppnar den markerade synpunkten; där kan kvittot skrivas ut igen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) shown</source>
        <translation>
            <numerusform>%Ln synpunkt visas</numerusform>
            <numerusform>%Ln synpunkter visas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatingScreen</name>
    <message>
        <source>Back to the desk</source>
        <translation>Tillbaka till disken</translation>
    </message>
    <message>
        <source>Give the screen back to the staff without rating (Escape).</source>
        <translation>Lämna tillbaka skärmen till personalen utan betyg (Escape).</translation>
    </message>
    <message>
        <source>Rating not saved</source>
        <translation>Betyget sparades inte</translation>
    </message>
    <message>
        <source>A visitor&apos;s answers were not kept. {reason}</source>
        <translation>En besökares svar kunde inte sparas. {reason}</translation>
    </message>
    <message>
        <source>How was your visit? Choose your language.</source>
        <translation>Hur var ditt besök? Välj ditt språk.</translation>
    </message>
    <message>
        <source>How were you treated?</source>
        <translation>Hur blev du bemött?</translation>
    </message>
    <message>
        <source>Did you get an answer to what you came for?</source>
        <translation>Fick du svar på det du kom för?</translation>
    </message>
    <message>
        <source>How was the wait?</source>
        <translation>Hur var väntetiden?</translation>
    </message>
    <message>
        <source>Overall, how was your visit?</source>
        <translation>Hur var ditt besök som helhet?</translation>
    </message>
    <message>
        <source>Very bad</source>
        <translation>Mycket dåligt</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Dåligt</translation>
    </message>
    <message>
        <source>Neither good nor bad</source>
        <translation>Varken bra eller dåligt</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bra</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Mycket bra</translation>
    </message>
    <message>
        <source>{score} of {highest}: {word}</source>
        <translation>{score} av {highest}: {word}</translation>
    </message>
    <message>
        <source>Question {number} of {count}</source>
        <translation>Fråga {number} av {count}</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <source>Go back to the previous question (Escape).</source>
        <translation>Gå tillbaka till föregående fråga (Escape).</translation>
    </message>
    <message>
        <source>Touch a face, or press a number from 1 (very bad) to 5 (very good).</source>
        <translation>Tryck på ett ansikte, eller på en siffra från 1 (mycket dåligt) till 5 (mycket bra).</translation>
    </message>
    <message>
        <source>Anything you want to add? (optional)</source>
        <translation>Vill du lägga till något? (frivilligt)</translation>
    </message>
    <message>
        <source>Your answers are anonymous: please do not write your name or contact details.</source>
        <translation>Dina svar är anonyma: skriv inte ditt namn eller dina kontaktuppgifter.</translation>
    </message>
    <message>
        <source>Your comment</source>
        <translation>Din kommentar</translation>
    </message>
    <message>
        <source>{count} of {limit} characters</source>
        <translation>{count} av {limit} tecken</translation>
    </message>
    <message>
        <source>{count} of {limit} characters: please shorten your comment to send it.</source>
        <translation>{count} av {limit} tecken: korta din kommentar för att kunna skicka den.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Skicka</translation>
    </message>
    <message>
        <source>Send your answers and the comment (Ctrl+Enter).</source>
        <translation>Skicka dina svar och kommentaren (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Hoppa över</translation>
    </message>
    <message>
        <source>Send your answers without a comment.</source>
        <translation>Skicka dina svar utan kommentar.</translation>
    </message>
    <message>
        <source>Thank you for your answers!</source>
        <translation>Tack för dina svar!</translation>
    </message>
    <message>
        <source>The screen goes back to the staff in a moment.</source>
        <translation>Skärmen går strax tillbaka till personalen.</translation>
    </message>
    <message>
        <source>Sorry, your answers could not be saved. Please tell the staff.</source>
        <translation>Tyvärr kunde dina svar inte sparas. Säg till personalen.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Give the screen back to the staff now (Enter).</source>
        <translation>Lämna tillbaka skärmen till personalen nu (Enter).</translation>
    </message>
</context>
<context>
    <name>ReceiptActions</name>
    <message>
        <source>Printing is switched off on this desk.</source>
        <translation>Utskrift är avstängd i den här receptionen.</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Skriv ut kvitto</translation>
    </message>
    <message>
        <source>Not printed.</source>
        <translation>Inte utskrivet.</translation>
    </message>
    <message>
        <source>Receipt sent to the printer {name}.</source>
        <translation>Kvittot skickat till skrivaren {name}.</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Spara kvittot som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Saved</source>
        <translation>Sparad</translation>
    </message>
    <message>
        <source>Saved. The reference number is:</source>
        <translation>Sparad. Referensnumret är:</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Referensnummer</translation>
    </message>
    <message>
        <source>Give this number to the resident; it is also on the receipt.</source>
        <translation>Ge numret till invånaren; det står också på kvittot.</translation>
    </message>
    <message>
        <source>&amp;Next person   (Enter)</source>
        <translation>&amp;Nästa person   (Enter)</translation>
    </message>
    <message>
        <source>&amp;Print again</source>
        <translation>Skriv &amp;ut igen</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>Skriv &amp;ut</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Spara som &amp;PDF …</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>Nästa person</translation>
    </message>
    <message>
        <source>Closes this and empties the form (Enter).</source>
        <translation>Stänger det här och tömmer formuläret (Enter).</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>Prints the receipt (again).</source>
        <translation>Skriver ut kvittot (igen).</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Spara som PDF</translation>
    </message>
    <message>
        <source>Saves the receipt as a PDF file.</source>
        <translation>Sparar kvittot som en PDF-fil.</translation>
    </message>
    <message>
        <source>Printing is switched off on this desk.</source>
        <translation>Utskrift är avstängd i den här receptionen.</translation>
    </message>
    <message>
        <source>Not printed: {reason}</source>
        <translation>Inte utskrivet: {reason}</translation>
    </message>
    <message>
        <source>Receipt saved as {path}.</source>
        <translation>Kvittot sparat som {path}.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Record {reference}</source>
        <translation>Synpunkt {reference}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Yes, by {method}</source>
        <translation>Ja, via {method}</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Vad hände</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Receipt language</source>
        <translation>Kvittots språk</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postadress</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>On behalf of</source>
        <translation>På uppdrag av</translation>
    </message>
    <message>
        <source>Privacy notice given</source>
        <translation>Informerad om personuppgifter</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Lämnad av</translation>
    </message>
    <message>
        <source>Unit concerned</source>
        <translation>Berörd enhet</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Hänvisad till</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Brådskande</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Mottagen av</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Sändning</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Ärendets status</translation>
    </message>
    <message>
        <source>{field} of this record</source>
        <translation>{field} för den här synpunkten</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>&amp;Reprint receipt (COPY)</source>
        <translation>&amp;Skriv ut kvittot igen (KOPIA)</translation>
    </message>
    <message>
        <source>Save copy as P&amp;DF…</source>
        <translation>Spara kopia som &amp;PDF …</translation>
    </message>
    <message>
        <source>Correct and send &amp;again…</source>
        <translation>&amp;Rätta och skicka igen…</translation>
    </message>
    <message>
        <source>Opens the record in the form to correct it, then sends it again.</source>
        <translation>Öppnar synpunkten i formuläret för rättelse och skickar den sedan igen.</translation>
    </message>
    <message>
        <source>Closes the record.</source>
        <translation>Stänger synpunkten.</translation>
    </message>
    <message>
        <source>Prints the receipt again, marked COPY.</source>
        <translation>Skriver ut kvittot igen, märkt KOPIA.</translation>
    </message>
    <message>
        <source>Saves the receipt, marked COPY, as a PDF file.</source>
        <translation>Sparar kvittot, märkt KOPIA, som en PDF-fil.</translation>
    </message>
    <message>
        <source>{question} (no longer asked)</source>
        <translation>{question} (frågas inte längre)</translation>
    </message>
    <message>
        <source>Not printed: {reason}</source>
        <translation>Inte utskrivet: {reason}</translation>
    </message>
    <message>
        <source>Copy saved as {path}.</source>
        <translation>Kopian sparad som {path}.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Till</translation>
    </message>
    <message>
        <source>Count &amp;per</source>
        <translation>Räkna &amp;per</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>Save &amp;as</source>
        <translation>Spara s&amp;om</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Vecka</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>PDF (A4, charts and tables)</source>
        <translation>PDF (A4, diagram och tabeller)</translation>
    </message>
    <message>
        <source>Spreadsheet (XLSX, one sheet per table)</source>
        <translation>Kalkylblad (XLSX, ett blad per tabell)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Välj …</translation>
    </message>
    <message>
        <source>&amp;Create report</source>
        <translation>Skapa &amp;rapport</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>The period&apos;s first day.</source>
        <translation>Periodens första dag.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>The period&apos;s last day (included).</source>
        <translation>Periodens sista dag (räknas med).</translation>
    </message>
    <message>
        <source>Count per</source>
        <translation>Räkna per</translation>
    </message>
    <message>
        <source>Count the records per day, week or month.</source>
        <translation>Räkna ärendena per dag, vecka eller månad.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>The report&apos;s language.</source>
        <translation>Rapportens språk.</translation>
    </message>
    <message>
        <source>Write the report as a PDF to print.</source>
        <translation>Skriv rapporten som en PDF att skriva ut.</translation>
    </message>
    <message>
        <source>Write the tables as a spreadsheet (XLSX).</source>
        <translation>Skriv tabellerna som ett kalkylblad (XLSX).</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Spara som</translation>
    </message>
    <message>
        <source>Folder and file name; .pdf and .xlsx are added.</source>
        <translation>Mapp och filnamn; .pdf och .xlsx läggs till.</translation>
    </message>
    <message>
        <source>Choose the folder and file name.</source>
        <translation>Välj mapp och filnamn.</translation>
    </message>
    <message>
        <source>Count the period and write the files.</source>
        <translation>Räkna perioden och skriv filerna.</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Rapportens status</translation>
    </message>
    <message>
        <source>What the report run did.</source>
        <translation>Vad rapportkörningen gjorde.</translation>
    </message>
    <message>
        <source>Records counted</source>
        <translation>Räknade ärenden</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;yp</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Categor&amp;y</source>
        <translation>&amp;Kategori</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Enhet</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Cha&amp;nnel</source>
        <translation>Ka&amp;nal</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>&amp;Submitted by</source>
        <translation>&amp;Lämnad av</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Lämnad av</translation>
    </message>
    <message>
        <source>Count only the records with this value; All counts every record.</source>
        <translation>Räkna bara ärenden med det här värdet; Alla räknar alla ärenden.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Spara rapporten som</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Perioden slutar innan den börjar.</translation>
    </message>
    <message>
        <source>Choose PDF, a spreadsheet or both.</source>
        <translation>Välj PDF, kalkylblad eller båda.</translation>
    </message>
    <message>
        <source>Say where to save the report.</source>
        <translation>Ange var rapporten ska sparas.</translation>
    </message>
    <message>
        <source>That is {count} parts; a report shows at most {most}. Choose a longer step or a shorter period.</source>
        <translation>Det blir {count} delar; en rapport visar högst {most}. Välj ett längre steg eller en kortare period.</translation>
    </message>
    <message>
        <source>Counting and writing the report…</source>
        <translation>Räknar och skriver rapporten …</translation>
    </message>
    <message>
        <source>Report written ({records} records, {visits} rated visits):
{where}</source>
        <translation>Rapporten är skriven ({records} ärenden, {visits} betygsatta besök):
{where}</translation>
    </message>
    <message>
        <source>The report could not be made: {reason}</source>
        <translation>Rapporten kunde inte skapas: {reason}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>A value set by your organisation cannot be changed.</source>
        <translation>Ett värde som din organisation har bestämt kan inte ändras.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>80 mm roll</source>
        <translation>80 mm rulle</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hög kontrast</translation>
    </message>
    <message>
        <source>Print on the default printer</source>
        <translation>Skriv ut på standardskrivaren</translation>
    </message>
    <message>
        <source>Ask with a print dialog</source>
        <translation>Fråga med en utskriftsdialog</translation>
    </message>
    <message>
        <source>Do not print</source>
        <translation>Skriv inte ut</translation>
    </message>
    <message>
        <source>Screen lan&amp;guage</source>
        <translation>Skärmens s&amp;pråk</translation>
    </message>
    <message>
        <source>Receipt &amp;paper</source>
        <translation>&amp;Kvittopapper</translation>
    </message>
    <message>
        <source>After &amp;saving</source>
        <translation>&amp;Efter sparande</translation>
    </message>
    <message>
        <source>Default s&amp;taff ID</source>
        <translation>Förvalt personal-&amp;ID</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Färger</translation>
    </message>
    <message>
        <source>&amp;Large mode</source>
        <translation>Stort &amp;läge</translation>
    </message>
    <message>
        <source>The language of these screens; receipts are chosen per record.</source>
        <translation>Språket på de här skärmarna; kvittots språk väljs för varje synpunkt.</translation>
    </message>
    <message>
        <source>The paper the receipt printer uses.</source>
        <translation>Papperet i kvittoskrivaren.</translation>
    </message>
    <message>
        <source>What happens with the receipt right after saving.</source>
        <translation>Vad som händer med kvittot direkt efter att du sparat.</translation>
    </message>
    <message>
        <source>Filled in on every new form.</source>
        <translation>Fylls i på varje nytt formulär.</translation>
    </message>
    <message>
        <source>Standard colours, or high contrast: white text on black.</source>
        <translation>Vanliga färger, eller hög kontrast: vit text på svart.</translation>
    </message>
    <message>
        <source>Larger text, and buttons and fields at least 44 pixels tall.</source>
        <translation>Större text, och knappar och fält som är minst 44 pixlar höga.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Bigger text and buttons</source>
        <translation>Större text och knappar</translation>
    </message>
    <message>
        <source>Set by your organisation</source>
        <translation>Bestäms av din organisation</translation>
    </message>
    <message>
        <source>none (records stay on this desk)</source>
        <translation>inget (synpunkterna stannar i den här datorn)</translation>
    </message>
    <message>
        <source>Case system:</source>
        <translation>Ärendesystem:</translation>
    </message>
    <message>
        <source>Saves and uses the settings.</source>
        <translation>Sparar och använder inställningarna.</translation>
    </message>
    <message>
        <source>Changes nothing.</source>
        <translation>Ändrar ingenting.</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Inställningarna sparades inte</translation>
    </message>
    <message>
        <source>Your settings could not be written to {path} ({reason}). Nothing has changed. Ask IT support if this happens again.</source>
        <translation>Dina inställningar kunde inte sparas i {path} ({reason}). Inget har ändrats. Kontakta IT-supporten om det händer igen.</translation>
    </message>
</context>
<context>
    <name>StatisticsTab</name>
    <message>
        <source>Treatment</source>
        <translation>Bemötande</translation>
    </message>
    <message>
        <source>Answer to the errand</source>
        <translation>Svar på ärendet</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>Väntetid</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Helhetsintryck</translation>
    </message>
    <message>
        <source>week {week}, {year}</source>
        <translation>vecka {week}, {year}</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Räknar…</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Till</translation>
    </message>
    <message>
        <source>&amp;Group by</source>
        <translation>&amp;Gruppera per</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>Categor&amp;y</source>
        <translation>&amp;Kategori</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Enhet</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>K&amp;anal</translation>
    </message>
    <message>
        <source>&amp;Submitted by</source>
        <translation>&amp;Lämnad av</translation>
    </message>
    <message>
        <source>Which records the statistics count.</source>
        <translation>Vilka synpunkter statistiken räknar.</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Den här veckan</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Den här månaden</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Senaste 30 dagarna</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Valda datum</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Vecka</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Records over time, by kind</source>
        <translation>Synpunkter över tid, per typ</translation>
    </message>
    <message>
        <source>Records by kind</source>
        <translation>Synpunkter per typ</translation>
    </message>
    <message>
        <source>Records by category</source>
        <translation>Synpunkter per kategori</translation>
    </message>
    <message>
        <source>Records by unit</source>
        <translation>Synpunkter per enhet</translation>
    </message>
    <message>
        <source>Records by provider</source>
        <translation>Synpunkter per utförare</translation>
    </message>
    <message>
        <source>Records by channel</source>
        <translation>Synpunkter per kanal</translation>
    </message>
    <message>
        <source>Records by who gave the feedback</source>
        <translation>Synpunkter per avsändartyp</translation>
    </message>
    <message>
        <source>Visitors&apos; ratings, whole period</source>
        <translation>Besökarnas betyg, hela perioden</translation>
    </message>
    <message>
        <source>Mean rating per question over time</source>
        <translation>Medelbetyg per fråga över tid</translation>
    </message>
    <message>
        <source>Delivery to the case system and first-response promises</source>
        <translation>Överföring till ärendesystemet och löften om första svar</translation>
    </message>
    <message>
        <source>The chart&apos;s numbers, one row per bar.</source>
        <translation>Diagrammets siffror, en rad per stapel.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Ej angivet</translation>
    </message>
    <message>
        <source>The statistics could not be counted ({reason}); see the log.</source>
        <translation>Statistiken kunde inte räknas ({reason}); se loggen.</translation>
    </message>
    <message>
        <source>{site}, {first} – {last}: {records} records, {visits} rated visits.</source>
        <translation>{site}, {first} – {last}: {records} synpunkter, {visits} betygsatta besök.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Synpunkter</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Mean (1–5)</source>
        <translation>Medel (1–5)</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Väntar på att skickas</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Behöver åtgärdas</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Levererade</translation>
    </message>
    <message>
        <source>First response at risk</source>
        <translation>Första svar i fara</translation>
    </message>
    <message>
        <source>First response past its deadline</source>
        <translation>Första svar efter sista dag</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Uppgift</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Sending %v of %m</source>
        <translation>Skickar %v av %m</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>Hur långt sändningen har kommit</translation>
    </message>
    <message>
        <source>Sync now (F5)</source>
        <translation>Synkronisera nu (F5)</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synkronisera nu</translation>
    </message>
    <message>
        <source>Sends waiting records and fetches updates now (F5).</source>
        <translation>Skickar väntande synpunkter och hämtar uppdateringar nu (F5).</translation>
    </message>
    <message>
        <source>Not connected to a case system: records stay on this desk</source>
        <translation>Inte ansluten till något ärendesystem: synpunkterna stannar i den här datorn</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln synpunkt väntar på att skickas</numerusform>
            <numerusform>%Ln synpunkter väntar på att skickas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln need(s) attention</source>
        <translation>
            <numerusform>%Ln behöver åtgärdas</numerusform>
            <numerusform>%Ln behöver åtgärdas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting more than {days} days</source>
        <translation>
            <numerusform>%Ln har väntat mer än {days} dagar</numerusform>
            <numerusform>%Ln har väntat mer än {days} dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reply promise(s) at risk</source>
        <translation>
            <numerusform>%Ln svarslöfte i fara</numerusform>
            <numerusform>%Ln svarslöften i fara</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reply promise(s) past</source>
        <translation>
            <numerusform>%Ln svarslöfte passerat</numerusform>
            <numerusform>%Ln svarslöften passerade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) refused by the case system</source>
        <translation>
            <numerusform>%Ln begäran avvisad av ärendesystemet</numerusform>
            <numerusform>%Ln begäranden avvisade av ärendesystemet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rating(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln omdöme väntar på att skickas</numerusform>
            <numerusform>%Ln omdömen väntar på att skickas</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending paused: {reason}</source>
        <translation>Sändningen är pausad: {reason}</translation>
    </message>
    <message>
        <source>Offline – will retry ({reason})</source>
        <translation>Frånkopplad – försöker igen ({reason})</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Ansluten</translation>
    </message>
    <message>
        <source>Last sync {time}</source>
        <translation>Senast synkroniserad {time}</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The database {path} cannot be opened: {why}. It has been left untouched. Keep the file (it may hold records not yet sent) and contact IT support; to start with an empty database, move the file elsewhere first.</source>
        <translation>Databasen {path} kan inte öppnas: {why}. Den har lämnats orörd. Behåll filen (den kan innehålla synpunkter som inte skickats) och kontakta IT-supporten; flytta filen någon annanstans först om du vill börja med en tom databas.</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder: nothing could be saved. Ask IT support to move it, or to set another data_dir.</source>
        <translation>{folder} är en fil, inte en mapp: inget kunde sparas. Be IT-supporten flytta den, eller ange en annan data_dir.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be used ({reason}): nothing could be saved. Ask IT support to give this user write access, or to set another data_dir.</source>
        <translation>Mappen {folder} kan inte användas ({reason}): inget kunde sparas. Be IT-supporten ge den här användaren skrivrätt, eller ange en annan data_dir.</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({finding}). It has been left untouched and nothing will be written to it. Ask IT support to restore the newest copy in {backups} (desk-app doctor tells which); keep the damaged file, with its -wal and -shm files, for them.</source>
        <translation>Databasen {path} är skadad ({finding}). Den har lämnats orörd och inget kommer att skrivas i den. Be IT-supporten att återställa den senaste kopian i {backups} (desk-app doctor visar vilken); spara den skadade filen, med dess -wal- och -shm-filer, åt dem.</translation>
    </message>
    <message>
        <source>The database {path} cannot be written to ({what} is read-only for this user): nothing could be saved. Ask IT support to give this user write access.</source>
        <translation>Det går inte att skriva i databasen {path} ({what} är skrivskyddad för den här användaren): inget kunde sparas. Be IT-supporten ge den här användaren skrivrätt.</translation>
    </message>
    <message>
        <source>The database {path} is empty (0 bytes): it was cut short or replaced, for example by a disk or copy failure. It has been left untouched and nothing will be written to it. Ask IT support to restore the newest copy in {backups} (desk-app doctor tells which); if this desk never saved anything, they may delete the empty file instead.</source>
        <translation>Databasen {path} är tom (0 byte): den har kortats av eller ersatts, till exempel vid ett disk- eller kopieringsfel. Den har lämnats orörd och inget kommer att skrivas till den. Be IT-supporten återställa den senaste kopian i {backups} (desk-app doctor talar om vilken); om den här disken aldrig har sparat något kan de i stället ta bort den tomma filen.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of Feedback Desk (schema {revision}). It has been left untouched: install that version again, or ask IT support.</source>
        <translation>Databasen {path} skrevs av en nyare version av Feedback Desk (schema {revision}). Den har lämnats orörd: installera den versionen igen, eller fråga IT-supporten.</translation>
    </message>
    <message>
        <source>The record could not be saved ({reason}). It is not lost: it is still in the form. Free some disk space or call IT support, then save again.</source>
        <translation>Synpunkten kunde inte sparas ({reason}). Den är inte förlorad: den finns kvar i formuläret. Frigör diskutrymme eller ring IT-supporten och spara sedan igen.</translation>
    </message>
    <message>
        <source>The database key in the system keyring ({service}) is not a valid key. Nothing was changed; ask IT support.</source>
        <translation>Databasnyckeln i systemets nyckelring ({service}) är ingen giltig nyckel. Inget har ändrats; kontakta IT-supporten.</translation>
    </message>
    <message>
        <source>No system keyring is available to keep the database key ({reason}), so the residents&apos; data could not be encrypted on this computer, and Feedback Desk will not start. Ask IT support to enable the keyring (Windows Credential Manager, Secret Service or Keychain), or — only where the disk is otherwise protected — to set privacy.allow_without_keyring = true.</source>
        <translation>Det finns ingen nyckelring i systemet som kan förvara databasnyckeln ({reason}), så invånarnas uppgifter kunde inte krypteras på den här datorn, och Feedback Desk startar inte. Be IT-supporten att aktivera nyckelringen (Windows Autentiseringshanteraren, Secret Service eller Nyckelring), eller – bara där disken skyddas på annat sätt – att sätta privacy.allow_without_keyring = true.</translation>
    </message>
    <message>
        <source>The database {path} is encrypted, and this data folder was encrypted with a key this user/machine does not have (it was copied from another computer or user, or this user&apos;s system keyring was reset). It has been left untouched. Start Feedback Desk as the user and on the computer that made it, or ask IT support.</source>
        <translation>Databasen {path} är krypterad, och den här datamappen krypterades med en nyckel som den här användaren/datorn inte har (den har kopierats från en annan dator eller användare, eller så har användarens nyckelring återställts). Den har lämnats orörd. Starta Feedback Desk som den användare och på den dator som skapade den, eller kontakta IT-supporten.</translation>
    </message>
    <message>
        <source>The database {path} could not be encrypted: another program has it open. Close it and start again.</source>
        <translation>Databasen {path} kunde inte krypteras: ett annat program har den öppen. Stäng det och starta igen.</translation>
    </message>
    <message>
        <source>The rating could not be saved ({reason}). Free some disk space or call IT support.</source>
        <translation>Betyget kunde inte sparas ({reason}). Frigör diskutrymme eller ring IT-supporten.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>No case system is set up (api.url is empty): records stay on this desk.</source>
        <translation>Inget ärendesystem är inställt (api.url är tom): synpunkterna stannar i den här datorn.</translation>
    </message>
    <message>
        <source>No access token: this computer&apos;s keyring cannot be used. Ask IT to enrol the desk (or to set DESK_APP_API_TOKEN); the log has the details.</source>
        <translation>Ingen åtkomsttoken: datorns nyckelring kan inte användas. Be IT att registrera datorn (eller ange DESK_APP_API_TOKEN); loggen har detaljerna.</translation>
    </message>
    <message>
        <source>The desk has no access token for the case system yet: enter it under Tools, or run `desk-app token set`.</source>
        <translation>Datorn har ingen åtkomsttoken för ärendesystemet än: ange den under Verktyg, eller kör `desk-app token set`.</translation>
    </message>
    <message>
        <source>Set api.url first: the access token belongs to that address.</source>
        <translation>Ange api.url först: åtkomsttoken hör till den adressen.</translation>
    </message>
    <message>
        <source>The server answered {status} with {type}, not the case API&apos;s JSON (a login page or proxy in the way?)</source>
        <translation>Servern svarade {status} med {type}, inte ärende-API:ts JSON (en inloggningssida eller proxy i vägen?)</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON ({error})</source>
        <translation>Serverns svar är inte giltig JSON ({error})</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a JSON object</source>
        <translation>Serverns svar är inte ett JSON-objekt</translation>
    </message>
    <message>
        <source>The desk&apos;s access to the case system must be renewed (the server answered {status}). Ask IT for a new token.</source>
        <translation>Datorns åtkomst till ärendesystemet måste förnyas (servern svarade {status}). Be IT om en ny token.</translation>
    </message>
    <message>
        <source>The case system is busy ({status})</source>
        <translation>Ärendesystemet är upptaget ({status})</translation>
    </message>
    <message>
        <source>The case system had an error ({status})</source>
        <translation>Ärendesystemet fick ett fel ({status})</translation>
    </message>
    <message>
        <source>The case system&apos;s answer has no case number</source>
        <translation>Ärendesystemets svar saknar ärendenummer</translation>
    </message>
    <message>
        <source>TLS check of the case system failed: {error}</source>
        <translation>TLS-kontrollen av ärendesystemet misslyckades: {error}</translation>
    </message>
    <message>
        <source>The case system did not answer in time</source>
        <translation>Ärendesystemet svarade inte i tid</translation>
    </message>
    <message>
        <source>No answer from the case system ({error})</source>
        <translation>Inget svar från ärendesystemet ({error})</translation>
    </message>
    <message>
        <source>The CA bundle for the case system cannot be read: {error}</source>
        <translation>CA-filen för ärendesystemet kan inte läsas: {error}</translation>
    </message>
    <message>
        <source>The case system answered {status}, sending the desk to another address; the desk sends only to the address IT set (api.url). Ask IT to check it.</source>
        <translation>Ärendesystemet svarade {status} och skickade disken till en annan adress; disken skickar bara till adressen som IT har angett (api.url). Be IT kontrollera den.</translation>
    </message>
    <message>
        <source>Unexpected answer from the case system ({status})</source>
        <translation>Oväntat svar från ärendesystemet ({status})</translation>
    </message>
    <message>
        <source>Unexpected answer to a batch ({status})</source>
        <translation>Oväntat svar på en samlad sändning ({status})</translation>
    </message>
    <message>
        <source>The case system&apos;s batch answer does not match the batch</source>
        <translation>Ärendesystemets svar stämmer inte med den samlade sändningen</translation>
    </message>
    <message>
        <source>The case system&apos;s batch answer is out of order</source>
        <translation>Ärendesystemets svar på den samlade sändningen är i fel ordning</translation>
    </message>
    <message>
        <source>Categories could not be fetched ({status})</source>
        <translation>Kategorierna kunde inte hämtas ({status})</translation>
    </message>
    <message>
        <source>The category answer has no category list</source>
        <translation>Svaret om kategorier saknar kategorilista</translation>
    </message>
    <message>
        <source>The case system&apos;s health check failed ({status})</source>
        <translation>Ärendesystemets hälsokontroll misslyckades ({status})</translation>
    </message>
    <message>
        <source>Units could not be fetched ({status})</source>
        <translation>Enheterna kunde inte hämtas ({status})</translation>
    </message>
    <message>
        <source>The unit answer has no unit list</source>
        <translation>Svaret om enheter saknar enhetslista</translation>
    </message>
    <message>
        <source>Status updates could not be fetched ({status})</source>
        <translation>Statusuppdateringar kunde inte hämtas ({status})</translation>
    </message>
    <message>
        <source>The status answer is not in the expected shape</source>
        <translation>Statussvaret har inte den väntade formen</translation>
    </message>
    <message>
        <source>sync failed unexpectedly ({error}); see the log</source>
        <translation>synkroniseringen misslyckades oväntat ({error}); se loggen</translation>
    </message>
    <message>
        <source>Not connected to a case system: records stay on this desk.</source>
        <translation>Inte ansluten till något ärendesystem: synpunkterna stannar i den här datorn.</translation>
    </message>
    <message>
        <source>The token could not be stored in the system keyring: {error}</source>
        <translation>Token kunde inte sparas i systemets nyckelring: {error}</translation>
    </message>
    <message>
        <source>The case system sent a category list the desk cannot read</source>
        <translation>Ärendesystemet skickade en kategorilista som receptionen inte kan läsa</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Choose what kind of feedback this is.</source>
        <translation>Välj vilken sorts synpunkt det är.</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>Välj en kategori.</translation>
    </message>
    <message>
        <source>Category &apos;{code}&apos; is unknown or no longer offered: pick another.</source>
        <translation>Kategorin ”{code}” är okänd eller används inte längre: välj en annan.</translation>
    </message>
    <message>
        <source>Write down what the resident said.</source>
        <translation>Skriv ner vad invånaren sa.</translation>
    </message>
    <message>
        <source>The description is {length:,} characters; at most {limit:,} fit. Shorten it or attach the rest on paper.</source>
        <translation>Beskrivningen är {length:,} tecken; högst {limit:,} får plats. Korta den eller bifoga resten på papper.</translation>
    </message>
    <message>
        <source>The time it happened needs a time zone.</source>
        <translation>Tidpunkten behöver en tidszon.</translation>
    </message>
    <message>
        <source>The time it happened is in the future.</source>
        <translation>Tidpunkten ligger i framtiden.</translation>
    </message>
    <message>
        <source>The place may be at most {limit} characters.</source>
        <translation>Platsen får vara högst {limit} tecken.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a language code such as sv or en.</source>
        <translation>”{code}” är inte en språkkod som sv eller en.</translation>
    </message>
    <message>
        <source>The note may be at most {limit} characters.</source>
        <translation>Anteckningen får vara högst {limit} tecken.</translation>
    </message>
    <message>
        <source>Enter who took this feedback (your staff ID).</source>
        <translation>Ange vem som tog emot synpunkten (ditt personal-ID).</translation>
    </message>
    <message>
        <source>The provider&apos;s name may be at most {limit} characters.</source>
        <translation>Utförarens namn får vara högst {limit} tecken.</translation>
    </message>
    <message>
        <source>Say why this is urgent, or untick urgent.</source>
        <translation>Skriv varför det är brådskande, eller kryssa ur Brådskande.</translation>
    </message>
    <message>
        <source>Anonymous feedback cannot carry contact details: clear them or untick anonymous.</source>
        <translation>En anonym synpunkt kan inte ha kontaktuppgifter: ta bort dem eller kryssa ur anonym.</translation>
    </message>
    <message>
        <source>An anonymous resident cannot get a reply: add contact details.</source>
        <translation>En anonym invånare kan inte få svar: lägg till kontaktuppgifter.</translation>
    </message>
    <message>
        <source>This is longer than fits; shorten it.</source>
        <translation>Det här är längre än vad som får plats; korta det.</translation>
    </message>
    <message>
        <source>This does not look like an email address (name@example.se).</source>
        <translation>Det här ser inte ut som en e-postadress (namn@exempel.se).</translation>
    </message>
    <message>
        <source>A phone number has 6 to 15 digits, optionally starting with +.</source>
        <translation>Ett telefonnummer har 6 till 15 siffror och kan börja med +.</translation>
    </message>
    <message>
        <source>Give a name or a way to reach the resident, or tick anonymous.</source>
        <translation>Ange ett namn eller ett sätt att nå invånaren, eller kryssa i anonym.</translation>
    </message>
    <message>
        <source>A reply by email needs an email address.</source>
        <translation>Svar via e-post kräver en e-postadress.</translation>
    </message>
    <message>
        <source>A reply by phone needs a phone number.</source>
        <translation>Svar via telefon kräver ett telefonnummer.</translation>
    </message>
    <message>
        <source>A reply by letter needs a postal address.</source>
        <translation>Svar via brev kräver en postadress.</translation>
    </message>
    <message>
        <source>Choose how the resident wants the reply.</source>
        <translation>Välj hur invånaren vill få svaret.</translation>
    </message>
    <message>
        <source>The resident must agree to be contacted for a reply.</source>
        <translation>Invånaren måste godkänna att bli kontaktad för ett svar.</translation>
    </message>
    <message>
        <source>Tell the resident how their details are handled, then tick the privacy notice.</source>
        <translation>Berätta för invånaren hur uppgifterna hanteras och kryssa sedan i rutan för personuppgifter.</translation>
    </message>
    <message>
        <source>An answer belongs to no question of this category.</source>
        <translation>Ett svar hör inte till någon fråga i den här kategorin.</translation>
    </message>
    <message>
        <source>This category does not ask &apos;{code}&apos;.</source>
        <translation>Den här kategorin frågar inte efter &apos;{code}&apos;.</translation>
    </message>
    <message>
        <source>&apos;{question}&apos; must be answered for this category.</source>
        <translation>&apos;{question}&apos; måste besvaras för den här kategorin.</translation>
    </message>
    <message>
        <source>Choose among the answers offered.</source>
        <translation>Välj bland de svar som erbjuds.</translation>
    </message>
    <message>
        <source>This question takes one answer.</source>
        <translation>Den här frågan tar bara ett svar.</translation>
    </message>
    <message>
        <source>Enter a number, such as 12 or 3.5.</source>
        <translation>Ange ett tal, till exempel 12 eller 3,5.</translation>
    </message>
    <message>
        <source>Enter a date and time, such as 2026-11-26 14:30.</source>
        <translation>Ange datum och tid, till exempel 2026-11-26 14:30.</translation>
    </message>
    <message>
        <source>The answer is {length:,} characters; at most {limit:,} fit.</source>
        <translation>Svaret är {length:,} tecken; högst {limit:,} får plats.</translation>
    </message>
</context>
<context>
    <name>WorkersDialog</name>
    <message>
        <source>Workers and PINs</source>
        <translation>Personal och PIN-koder</translation>
    </message>
    <message>
        <source>Worker ID</source>
        <translation>Medarbetar-id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vem &amp;hör av sig</translation>
    </message>
    <message>
        <source>PIN set</source>
        <translation>PIN-kod satt</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Inloggning</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Everyone who signs in with a PIN on this desk.</source>
        <translation>Alla som loggar in med PIN-kod vid den här disken.</translation>
    </message>
    <message>
        <source>&amp;Add a worker…</source>
        <translation>&amp;Lägg till medarbetare …</translation>
    </message>
    <message>
        <source>New &amp;PIN…</source>
        <translation>Ny &amp;PIN-kod …</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Ta bort …</translation>
    </message>
    <message>
        <source>Adds a worker who signs in with a PIN.</source>
        <translation>Lägger till en medarbetare som loggar in med PIN-kod.</translation>
    </message>
    <message>
        <source>Gives the chosen worker a new PIN, for one forgotten or kept out.</source>
        <translation>Ger den valda medarbetaren en ny PIN-kod, om den glömts eller hen är utestängd.</translation>
    </message>
    <message>
        <source>The chosen worker can no longer sign in; the audit trail keeps their ID.</source>
        <translation>Den valda medarbetaren kan inte längre logga in; granskningsloggen behåller id:t.</translation>
    </message>
    <message>
        <source>Closes the list.</source>
        <translation>Stänger listan.</translation>
    </message>
    <message>
        <source>Kept out until {time} (wrong PINs)</source>
        <translation>Utestängd till {time} (fel PIN-koder)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln wrong PIN(s) in a row</source>
        <translation>
            <numerusform>%Ln fel PIN-kod i rad</numerusform>
            <numerusform>%Ln fel PIN-koder i rad</numerusform>
        </translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation>Kan logga in</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Arbetsledare</translation>
    </message>
    <message>
        <source>Desk worker</source>
        <translation>Diskpersonal</translation>
    </message>
    <message>
        <source>{worker} was added.</source>
        <translation>{worker} har lagts till.</translation>
    </message>
    <message>
        <source>{worker} has a new PIN.</source>
        <translation>{worker} har en ny PIN-kod.</translation>
    </message>
    <message>
        <source>Remove a worker</source>
        <translation>Ta bort en medarbetare</translation>
    </message>
    <message>
        <source>Remove {worker}? Their PIN stops working at once. What they did stays in the audit trail.</source>
        <translation>Ta bort {worker}? PIN-koden slutar gälla direkt. Det hen har gjort finns kvar i granskningsloggen.</translation>
    </message>
    <message>
        <source>{worker} was removed.</source>
        <translation>{worker} har tagits bort.</translation>
    </message>
</context>
</TS>
