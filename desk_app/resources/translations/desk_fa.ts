<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa" sourcelanguage="en">
<context>
    <name>AttributeGroup</name>
    <message>
        <source>Questions for this category</source>
        <translation>پرسش‌های این دسته</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>الزامی.</translation>
    </message>
    <message>
        <source>A number, such as 12 or 3.5.</source>
        <translation>یک عدد، مثلاً ۱۲ یا ۳٫۵.</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>بدون پاسخ</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>معلوم است</translation>
    </message>
    <message>
        <source>No longer asked for this category. Kept as recorded; this correction does not change them:</source>
        <translation>برای این دسته دیگر پرسیده نمی‌شود. همان‌طور که ثبت شده‌اند نگه داشته می‌شوند؛ این اصلاح آن‌ها را تغییر نمی‌دهد:</translation>
    </message>
    <message>
        <source>{question} (no longer asked)</source>
        <translation>{question} (دیگر پرسیده نمی‌شود)</translation>
    </message>
    <message>
        <source>Kept as recorded; this category no longer asks it.</source>
        <translation>همان‌طور که ثبت شده نگه داشته شده است؛ این دسته دیگر آن را نمی‌پرسد.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>سابقهٔ حسابرسی</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>What</source>
        <translation>چه کاری</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>چه کسی</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>بازخوردها</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <source>Who did what with residents&apos; data, and who signed in, newest first.</source>
        <translation>چه کسی با اطلاعات ساکنان چه کرد و چه کسی وارد شد، جدیدترین در ابتدا.</translation>
    </message>
</context>
<context>
    <name>CaseRequests</name>
    <message>
        <source>This case system does not accept corrections or erasures from the desk: ask its administrators to correct or erase the record there too.</source>
        <translation>این سامانهٔ پرونده اصلاح یا حذف را از پیشخوان نمی‌پذیرد: از مدیران آن بخواهید که سابقه را آنجا هم اصلاح یا حذف کنند.</translation>
    </message>
    <message>
        <source>Nothing to send: the case system never received this record.</source>
        <translation>چیزی برای ارسال نیست: سامانهٔ پرونده هرگز این سابقه را دریافت نکرد.</translation>
    </message>
    <message>
        <source>The case system does not know this delivered record (404): ask its administrators.</source>
        <translation>سامانهٔ پرونده این سابقهٔ تحویل‌شده را نمی‌شناسد (404): از مدیران آن بپرسید.</translation>
    </message>
</context>
<context>
    <name>ChangePinDialog</name>
    <message>
        <source>Change my PIN</source>
        <translation>تغییر پین من</translation>
    </message>
    <message>
        <source>New PIN for {worker}. Type your present PIN first.</source>
        <translation>پین تازه برای {worker}. نخست پین کنونی خود را وارد کنید.</translation>
    </message>
    <message>
        <source>&amp;Present PIN:</source>
        <translation>پین کنونی: (&amp;P)</translation>
    </message>
    <message>
        <source>The PIN you use now.</source>
        <translation>پینی که اکنون به کار می‌برید.</translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation>پین تازه: (&amp;N)</translation>
    </message>
    <message>
        <source>4 to 8 digits.</source>
        <translation>۴ تا ۸ رقم.</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>تکرار پین: (&amp;A)</translation>
    </message>
    <message>
        <source>The same PIN again.</source>
        <translation>همان پین را دوباره وارد کنید.</translation>
    </message>
    <message>
        <source>Saves the new PIN; this is written to the audit trail.</source>
        <translation>پین تازه را ذخیره می‌کند؛ این کار در سابقهٔ ممیزی ثبت می‌شود.</translation>
    </message>
    <message>
        <source>Closes without changing anything.</source>
        <translation>بدون هیچ تغییری بسته می‌شود.</translation>
    </message>
    <message>
        <source>Type your present PIN.</source>
        <translation>پین کنونی خود را وارد کنید.</translation>
    </message>
    <message>
        <source>Wrong PIN. Nothing was changed.</source>
        <translation>پین اشتباه است. چیزی تغییر نکرد.</translation>
    </message>
</context>
<context>
    <name>ContactCorrectionDialog</name>
    <message>
        <source>Correct contact details</source>
        <translation>اصلاح اطلاعات تماس</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>نام: (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>ایمیل: (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>تلفن: (&amp;P)</translation>
    </message>
    <message>
        <source>Postal &amp;address:</source>
        <translation>نشانی پستی: (&amp;A)</translation>
    </message>
    <message>
        <source>As the person gives it now; leave it empty to remove it.</source>
        <translation>همان‌طور که شخص اکنون می‌گوید؛ برای حذف، خالی بگذارید.</translation>
    </message>
    <message>
        <source>Correct the contact details of {reference} as the person asks. What was said stays as it was recorded.</source>
        <translation>اطلاعات تماس {reference} را همان‌طور که شخص می‌خواهد اصلاح کنید. آنچه گفته شده همان‌گونه که ثبت شده می‌ماند.</translation>
    </message>
    <message>
        <source>This record was delivered to the case system (case {case}): the correction is sent there too, or you are told whom to ask when it does not accept corrections.</source>
        <translation>این سابقه به سامانهٔ پرونده تحویل شده است (پروندهٔ {case}): اصلاحیه به آنجا هم فرستاده می‌شود، یا اگر اصلاحیه نپذیرد به شما گفته می‌شود از چه کسی بخواهید.</translation>
    </message>
    <message>
        <source>Saves the corrected details; the change is written to the audit trail.</source>
        <translation>اطلاعات اصلاح‌شده را ذخیره می‌کند؛ این تغییر در سابقهٔ ممیزی ثبت می‌شود.</translation>
    </message>
    <message>
        <source>Closes without changing anything.</source>
        <translation>بدون هیچ تغییری بسته می‌شود.</translation>
    </message>
    <message>
        <source>Not saved: check the marked fields.</source>
        <translation>ذخیره نشد: فیلدهای علامت‌خورده را بررسی کنید.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correct record {reference}</source>
        <translation>اصلاح بازخورد {reference}</translation>
    </message>
    <message>
        <source>The case system refused this record: {reason}</source>
        <translation>سامانهٔ پرونده‌ها این بازخورد را نپذیرفت: {reason}</translation>
    </message>
    <message>
        <source>Closes; the record stays as it was.</source>
        <translation>می‌بندد؛ بازخورد همان‌طور که بود می‌ماند.</translation>
    </message>
    <message>
        <source>Discard the corrections?</source>
        <translation>اصلاحات دور ریخته شود؟</translation>
    </message>
    <message>
        <source>The record stays as it was and is not sent again. Discard them?</source>
        <translation>بازخورد همان‌طور که بود می‌ماند و دوباره فرستاده نمی‌شود. دور ریخته شوند؟</translation>
    </message>
</context>
<context>
    <name>CorrectionForm</name>
    <message>
        <source>Sa&amp;ve and send again   (Ctrl+Enter)</source>
        <translation>ذخیره و ارسال دوباره (&amp;V)   (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Save and send again</source>
        <translation>ذخیره و ارسال دوباره</translation>
    </message>
    <message>
        <source>Saves the corrections and sends the record again (Ctrl+Enter).</source>
        <translation>اصلاحات را ذخیره می‌کند و بازخورد را دوباره می‌فرستد (Ctrl+Enter).</translation>
    </message>
</context>
<context>
    <name>IntakeFields</name>
    <message>
        <source>Choose…</source>
        <translation>انتخاب کنید…</translation>
    </message>
    <message>
        <source>Type to search…</source>
        <translation>برای جستجو تایپ کنید…</translation>
    </message>
    <message>
        <source>What the resident said, in their words.</source>
        <translation>آنچه شهروند گفت، با کلمات خودش.</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>معلوم است</translation>
    </message>
    <message>
        <source>Address or place (optional)</source>
        <translation>نشانی یا محل (اختیاری)</translation>
    </message>
    <message>
        <source>Gives no contact details</source>
        <translation>اطلاعات تماس نمی‌دهد</translation>
    </message>
    <message>
        <source>The resident wants an answer</source>
        <translation>شهروند پاسخ می‌خواهد</translation>
    </message>
    <message>
        <source>e.g. room 12, daughter of the resident</source>
        <translation>مثلاً اتاق ۱۲، دختر ساکن</translation>
    </message>
    <message>
        <source>A provider not in the list (optional)</source>
        <translation>ارائه‌دهنده‌ای که در فهرست نیست (اختیاری)</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>فوری</translation>
    </message>
    <message>
        <source>Why someone should see it today</source>
        <translation>چرا کسی باید امروز آن را ببیند</translation>
    </message>
    <message>
        <source>Whom to contact, e.g. the police&apos;s 114 14</source>
        <translation>با چه کسی تماس بگیرد، مثلاً پلیس با شمارهٔ ۱۱۴ ۱۴</translation>
    </message>
    <message>
        <source>Why it is urgent</source>
        <translation>چرا فوری است</translation>
    </message>
    <message>
        <source>I told the resident how their details are handled</source>
        <translation>به شهروند گفتم اطلاعاتش چگونه نگهداری می‌شود</translation>
    </message>
    <message>
        <source>The feedback</source>
        <translation>بازخورد</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>زمان وقوع</translation>
    </message>
    <message>
        <source>The date and time it happened.</source>
        <translation>تاریخ و ساعت وقوع.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <source>Characters used</source>
        <translation>نویسه‌های نوشته‌شده</translation>
    </message>
    <message>
        <source>No unit chosen</source>
        <translation>واحدی انتخاب نشده</translation>
    </message>
    <message>
        <source>{used} / {limit} characters</source>
        <translation>{used} / {limit} نویسه</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <source>What kind of feedback: praise, complaint, suggestion, question or other.</source>
        <translation>نوع بازخورد: قدردانی، شکایت، پیشنهاد، پرسش یا موارد دیگر.</translation>
    </message>
    <message>
        <source>What the feedback is about. Type to search the list.</source>
        <translation>موضوع بازخورد. برای جستجو در فهرست تایپ کنید.</translation>
    </message>
    <message>
        <source>What the resident said, in their own words (up to 10,000 characters).</source>
        <translation>آنچه شهروند گفت، با کلمات خودش (حداکثر ۱۰٬۰۰۰ نویسه).</translation>
    </message>
    <message>
        <source>Tick when the resident knows when it happened, then give the date and time.</source>
        <translation>اگر شهروند می‌داند چه زمانی رخ داد، علامت بزنید و تاریخ و ساعت را وارد کنید.</translation>
    </message>
    <message>
        <source>Where it happened, if the resident says (optional).</source>
        <translation>محل وقوع، اگر شهروند بگوید (اختیاری).</translation>
    </message>
    <message>
        <source>How the feedback reached the desk.</source>
        <translation>بازخورد چگونه به پذیرش رسید.</translation>
    </message>
    <message>
        <source>The language of the resident&apos;s receipt.</source>
        <translation>زبان رسید شهروند.</translation>
    </message>
    <message>
        <source>Tick when the resident gives no contact details.</source>
        <translation>اگر شهروند اطلاعات تماس نمی‌دهد، علامت بزنید.</translation>
    </message>
    <message>
        <source>The resident&apos;s name.</source>
        <translation>نام شهروند.</translation>
    </message>
    <message>
        <source>The resident&apos;s email address.</source>
        <translation>نشانی ایمیل شهروند.</translation>
    </message>
    <message>
        <source>The resident&apos;s phone number.</source>
        <translation>شماره تلفن شهروند.</translation>
    </message>
    <message>
        <source>The resident&apos;s postal address.</source>
        <translation>نشانی پستی شهروند.</translation>
    </message>
    <message>
        <source>Tick when the resident wants an answer.</source>
        <translation>اگر شهروند پاسخ می‌خواهد، علامت بزنید.</translation>
    </message>
    <message>
        <source>How the answer should reach the resident.</source>
        <translation>پاسخ از چه راهی به شهروند برسد.</translation>
    </message>
    <message>
        <source>Whether a worker records this for a resident or a relative.</source>
        <translation>آیا کارمند این را از طرف یک ساکن یا یکی از بستگان ثبت می‌کند.</translation>
    </message>
    <message>
        <source>Who the feedback is for, e.g. room 12.</source>
        <translation>بازخورد دربارهٔ چه کسی است، مثلاً اتاق ۱۲.</translation>
    </message>
    <message>
        <source>Tick once the resident has been told how their details are handled.</source>
        <translation>پس از آنکه به شهروند گفتید اطلاعاتش چگونه نگهداری می‌شود، علامت بزنید.</translation>
    </message>
    <message>
        <source>Your staff ID: who took this feedback.</source>
        <translation>شناسهٔ کارمندی شما: چه کسی این بازخورد را گرفت.</translation>
    </message>
    <message>
        <source>Who gives the feedback: a resident, visitor, relative, guardian, pupil, business…</source>
        <translation>چه کسی بازخورد می‌دهد: ساکن، بازدیدکننده، خویشاوند، سرپرست، دانش‌آموز، کسب‌وکار…</translation>
    </message>
    <message>
        <source>The school, care home or other unit the feedback is about (optional).</source>
        <translation>مدرسه، خانهٔ سالمندان یا واحد دیگری که بازخورد دربارهٔ آن است (اختیاری).</translation>
    </message>
    <message>
        <source>The provider the feedback is about, when the unit list does not have it.</source>
        <translation>ارائه‌دهنده‌ای که بازخورد دربارهٔ آن است، وقتی در فهرست واحدها نیست.</translation>
    </message>
    <message>
        <source>Tick when someone with authority should see it today, and say why.</source>
        <translation>وقتی کسی با اختیار باید امروز آن را ببیند تیک بزنید و دلیلش را بنویسید.</translation>
    </message>
    <message>
        <source>When the matter is not the municipality&apos;s: where the person should turn.</source>
        <translation>وقتی موضوع مربوط به شهرداری نیست: فرد باید به کجا مراجعه کند.</translation>
    </message>
    <message>
        <source>Whom to contact there; the receipt tells the person.</source>
        <translation>با چه کسی در آنجا تماس بگیرد؛ رسید آن را به فرد می‌گوید.</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>نوع (&amp;K)</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>دسته (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>چه اتفاقی افتاد (&amp;W)</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>زمان (&amp;H)</translation>
    </message>
    <message>
        <source>Whe&amp;re</source>
        <translation>مکان (&amp;R)</translation>
    </message>
    <message>
        <source>Cha&amp;nnel</source>
        <translation>راه دریافت (&amp;N)</translation>
    </message>
    <message>
        <source>Receipt lan&amp;guage</source>
        <translation>زبان رسید (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Anonymous</source>
        <translation>ناشناس (&amp;A)</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>نام (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>ایمیل (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>تلفن (&amp;P)</translation>
    </message>
    <message>
        <source>Postal a&amp;ddress</source>
        <translation>نشانی پستی (&amp;D)</translation>
    </message>
    <message>
        <source>Wants a repl&amp;y</source>
        <translation>پاسخ می‌خواهد (&amp;Y)</translation>
    </message>
    <message>
        <source>Reply &amp;by</source>
        <translation>پاسخ از راه (&amp;B)</translation>
    </message>
    <message>
        <source>On behal&amp;f of</source>
        <translation>از طرف (&amp;F)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>یادداشت (&amp;O)</translation>
    </message>
    <message>
        <source>Privacy notice g&amp;iven</source>
        <translation>اطلاع‌رسانی حریم خصوصی انجام شد (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Staff ID</source>
        <translation>شناسهٔ کارمند (&amp;S)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>&amp;Unit concerned</source>
        <translation>واحد مربوط (&amp;U)</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>ارائه‌دهنده</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>فوریت</translation>
    </message>
    <message>
        <source>E&amp;xternal referral</source>
        <translation>ارجاع به بیرون (&amp;X)</translation>
    </message>
    <message>
        <source>Referral note</source>
        <translation>یادداشت ارجاع</translation>
    </message>
    <message>
        <source>Sa&amp;ve and print receipt   (Ctrl+Enter)</source>
        <translation>ذخیره و چاپ رسید (&amp;V)   (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Clear form   (Esc)</source>
        <translation>پاک کردن فرم (&amp;C)   (Esc)</translation>
    </message>
    <message>
        <source>Save and print receipt</source>
        <translation>ذخیره و چاپ رسید</translation>
    </message>
    <message>
        <source>Saves the record and prints the receipt (Ctrl+Enter).</source>
        <translation>بازخورد را ذخیره و رسید را چاپ می‌کند (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>Clear form</source>
        <translation>پاک کردن فرم</translation>
    </message>
    <message>
        <source>Empties the form, asking first (Escape).</source>
        <translation>پس از پرسیدن، فرم را خالی می‌کند (Escape).</translation>
    </message>
    <message>
        <source>The form holds a record that is not saved.</source>
        <translation>در فرم بازخوردی هست که ذخیره نشده است.</translation>
    </message>
    <message>
        <source>Discard this record?</source>
        <translation>این بازخورد دور ریخته شود؟</translation>
    </message>
    <message>
        <source>Discard it?</source>
        <translation>آن را دور بریزید؟</translation>
    </message>
    <message numerus="yes">
        <source>%Ln thing(s) to fix before saving:</source>
        <translation>
            <numerusform>پیش از ذخیره %Ln مورد را اصلاح کنید:</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>ذخیره نشد</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Praise</source>
        <translation>قدردانی</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>شکایت</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>پیشنهاد</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>پرسش</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>سایر</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>حضوری</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>نامه</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Paper form</source>
        <translation>فرم کاغذی</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>شبکه‌های اجتماعی</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>فرم وب</translation>
    </message>
    <message>
        <source>Meeting or dialogue</source>
        <translation>جلسه یا گفت‌وگو</translation>
    </message>
    <message>
        <source>In person (next visit)</source>
        <translation>حضوری (در مراجعهٔ بعدی)</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>مشخص نشده</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>ساکن</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>بازدیدکننده</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>خویشاوند</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>سرپرست</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>دانش‌آموز</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>کسب‌وکار</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>سازمان یا انجمن</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>کارمند</translation>
    </message>
    <message>
        <source>Not referred</source>
        <translation>ارجاع نشده</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>پلیس</translation>
    </message>
    <message>
        <source>Region (health care)</source>
        <translation>منطقه (خدمات درمانی)</translation>
    </message>
    <message>
        <source>Energy company</source>
        <translation>شرکت انرژی</translation>
    </message>
    <message>
        <source>Water company</source>
        <translation>شرکت آب</translation>
    </message>
    <message>
        <source>Public transport</source>
        <translation>حمل‌ونقل عمومی</translation>
    </message>
    <message>
        <source>State agency</source>
        <translation>نهاد دولتی</translation>
    </message>
    <message>
        <source>No – the resident speaks for themself</source>
        <translation>خیر – شهروند از طرف خودش صحبت می‌کند</translation>
    </message>
    <message>
        <source>A resident (told to a worker)</source>
        <translation>یک ساکن (به کارمند گفته است)</translation>
    </message>
    <message>
        <source>A relative of the resident</source>
        <translation>یکی از بستگان ساکن</translation>
    </message>
    <message>
        <source>Staff, on a resident&apos;s behalf</source>
        <translation>کارمند، از طرف یک ساکن</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>شخصی دیگر</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>در انتظار ارسال</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>در حال ارسال</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>ارسال شد</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>نیاز به رسیدگی دارد</translation>
    </message>
    <message>
        <source>received</source>
        <translation>دریافت شد</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>در حال بررسی</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>پاسخ داده شد</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>بسته شد</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>رد شد</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Feedback Desk cannot start</source>
        <translation>Feedback Desk اجرا نمی‌شود</translation>
    </message>
    <message>
        <source>Settings problem: {problem}</source>
        <translation>مشکل در تنظیمات: {problem}</translation>
    </message>
    <message>
        <source>Feedback Desk is already running</source>
        <translation>Feedback Desk از قبل در حال اجراست</translation>
    </message>
    <message>
        <source>Another Feedback Desk is using the data folder {folder} and does not answer. Close it (or restart the computer) and try again.</source>
        <translation>برنامهٔ Feedback Desk دیگری از پوشهٔ دادهٔ {folder} استفاده می‌کند و پاسخ نمی‌دهد. آن را ببندید (یا رایانه را دوباره راه‌اندازی کنید) و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>Residents&apos; data is NOT encrypted on this computer: no system keyring is available, and IT allowed the desk to start without one.</source>
        <translation>اطلاعات ساکنان روی این رایانه رمزگذاری نشده است: هیچ دسته‌کلید سیستمی در دسترس نیست و واحد فناوری اطلاعات اجازه داده است میز بدون آن راه‌اندازی شود.</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>رمزگذاری نشده</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>پایگاه داده باز نمی‌شود</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>The desk is locked</source>
        <translation>میز قفل است</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>ورود</translation>
    </message>
    <message>
        <source>Personal data is hidden. Choose your name and type your PIN: you go on where you were.</source>
        <translation>اطلاعات شخصی پنهان است. نام خود را انتخاب کنید و پین خود را وارد کنید: از همان جایی که بودید ادامه می‌دهید.</translation>
    </message>
    <message>
        <source>Choose your name and type your PIN.</source>
        <translation>نام خود را انتخاب کنید و پین خود را وارد کنید.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>ورود (&amp;S)</translation>
    </message>
    <message>
        <source>Personal data is hidden. You go on where you were.</source>
        <translation>اطلاعات شخصی پنهان است. از همان جایی که بودید ادامه می‌دهید.</translation>
    </message>
    <message>
        <source>&amp;Continue as {worker}</source>
        <translation>ادامه به‌عنوان {worker} (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>نام (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>پین (&amp;P)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Who is signing in.</source>
        <translation>چه کسی وارد می‌شود.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>پین</translation>
    </message>
    <message>
        <source>Your PIN: 4 to 8 digits.</source>
        <translation>پین شما: ۴ تا ۸ رقم.</translation>
    </message>
    <message>
        <source>No worker can sign in yet: IT adds workers with “desk-app worker add”.</source>
        <translation>هنوز هیچ کارمندی نمی‌تواند وارد شود: واحد فناوری اطلاعات کارمندان را با «desk-app worker add» اضافه می‌کند.</translation>
    </message>
    <message>
        <source>This worker cannot sign in here.</source>
        <translation>این کارمند نمی‌تواند اینجا وارد شود.</translation>
    </message>
    <message>
        <source>Wrong PIN, or too many tries: try again after {time}.</source>
        <translation>پین اشتباه است یا تلاش‌ها بیش از حد بوده: پس از {time} دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>پین اشتباه است. دوباره امتحان کنید.</translation>
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
        <translation>بازخورد تازه  (Ctrl+1)</translation>
    </message>
    <message>
        <source>Queue  (Ctrl+2)</source>
        <translation>صف  (Ctrl+2)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>بخش‌ها</translation>
    </message>
    <message>
        <source>New record (Ctrl+1), the queue (Ctrl+2) or the statistics (Ctrl+3).</source>
        <translation>بازخورد تازه (Ctrl+1)، صف (Ctrl+2) یا آمار (Ctrl+3).</translation>
    </message>
    <message>
        <source>Record what a resident says (Ctrl+1).</source>
        <translation>آنچه شهروند می‌گوید را ثبت کنید (Ctrl+1).</translation>
    </message>
    <message>
        <source>Every record on this desk and its sync state (Ctrl+2).</source>
        <translation>همهٔ بازخوردهای این پذیرش و وضعیت ارسال آن‌ها (Ctrl+2).</translation>
    </message>
    <message>
        <source>Statistics  (Ctrl+3)</source>
        <translation>آمار  (Ctrl+3)</translation>
    </message>
    <message>
        <source>Records and visitors&apos; ratings over a period, as charts and tables.</source>
        <translation>بازخوردها و امتیازهای مراجعان در یک بازه، به صورت نمودار و جدول.</translation>
    </message>
    <message>
        <source>Too&amp;ls</source>
        <translation>ابزارها (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>همگام‌سازی اکنون (&amp;S)</translation>
    </message>
    <message>
        <source>A &amp;person&apos;s records…</source>
        <translation>بازخوردهای یک شخص… (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>تنظیمات… (&amp;E)</translation>
    </message>
    <message>
        <source>Lock the des&amp;k</source>
        <translation>قفل کردن میز (&amp;K)</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>سابقهٔ حسابرسی… (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>گزارش… (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Workers and PINs…</source>
        <translation>کارمندان و پین‌ها… (&amp;W)</translation>
    </message>
    <message>
        <source>Change &amp;my PIN…</source>
        <translation>تغییر پین من… (&amp;M)</translation>
    </message>
    <message>
        <source>Case system &amp;access token…</source>
        <translation>توکن دسترسی سامانهٔ پرونده‌ها… (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Rate a visit</source>
        <translation>ارزیابی یک مراجعه (&amp;R)</translation>
    </message>
    <message>
        <source>Turn the screen to the visitor to rate the visit.</source>
        <translation>صفحه را به سمت مراجعه‌کننده بچرخانید تا مراجعه را ارزیابی کند.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج (&amp;Q)</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>سابقهٔ حسابرسی</translation>
    </message>
    <message>
        <source>Only a supervisor may read the audit trail.</source>
        <translation>فقط سرپرست می‌تواند سابقهٔ حسابرسی را ببیند.</translation>
    </message>
    <message>
        <source>Workers and PINs</source>
        <translation>کارمندان و پین‌ها</translation>
    </message>
    <message>
        <source>Only a supervisor may add workers and set their PINs.</source>
        <translation>تنها سرپرست می‌تواند کارمند بیفزاید و پین آنان را تعیین کند.</translation>
    </message>
    <message>
        <source>No case system</source>
        <translation>سامانهٔ پرونده‌ها تعریف نشده</translation>
    </message>
    <message>
        <source>IT has not set the case system&apos;s address (api.url) on this desk.</source>
        <translation>واحد فناوری اطلاعات نشانی سامانهٔ پرونده‌ها (api.url) را روی این رایانه تنظیم نکرده است.</translation>
    </message>
    <message>
        <source>Case system access token</source>
        <translation>توکن دسترسی سامانهٔ پرونده‌ها</translation>
    </message>
    <message>
        <source>Access token for {address}
(kept in the system&apos;s keyring, never in a file):</source>
        <translation>توکن دسترسی برای {address}
(در جاکلیدی سیستم نگهداری می‌شود، هرگز در فایل):</translation>
    </message>
    <message>
        <source>Token not stored</source>
        <translation>توکن ذخیره نشد</translation>
    </message>
    <message>
        <source>Saved, but no receipt</source>
        <translation>ذخیره شد، اما رسید ساخته نشد</translation>
    </message>
    <message>
        <source>Saved as {reference}. The receipt could not be made ({reason}); write the reference down for the resident and reprint it from the queue later.</source>
        <translation>با شمارهٔ {reference} ذخیره شد. رسید ساخته نشد ({reason})؛ شماره را برای شهروند یادداشت کنید و بعداً رسید را از صف دوباره چاپ کنید.</translation>
    </message>
    <message>
        <source>Quit Feedback Desk?</source>
        <translation>از Feedback Desk خارج می‌شوید؟</translation>
    </message>
    <message>
        <source>Quit and discard it?</source>
        <translation>خارج شوید و آن را دور بریزید؟</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Reference</source>
        <translation>شمارهٔ پیگیری</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>دریافت</translation>
    </message>
    <message>
        <source>Received by (staff ID)</source>
        <translation>دریافت‌کننده (شناسهٔ کارمند)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>پذیرش</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>راه دریافت</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>زمان رخداد</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>مکان</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>ناشناس</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>نشانی پستی</translation>
    </message>
    <message>
        <source>Preferred contact</source>
        <translation>راه تماس دلخواه</translation>
    </message>
    <message>
        <source>Wants a reply</source>
        <translation>پاسخ می‌خواهد</translation>
    </message>
    <message>
        <source>On behalf of</source>
        <translation>از طرف</translation>
    </message>
    <message>
        <source>On-behalf note</source>
        <translation>یادداشت دربارهٔ نمایندگی</translation>
    </message>
    <message>
        <source>Privacy notice given</source>
        <translation>اطلاع‌رسانی حریم خصوصی</translation>
    </message>
    <message>
        <source>May be contacted</source>
        <translation>اجازهٔ تماس</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>ارائه‌دهنده</translation>
    </message>
    <message>
        <source>Unit concerned</source>
        <translation>واحد مربوط</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>ارائه‌دهندهٔ خدمت</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>ارجاع به</translation>
    </message>
    <message>
        <source>Referral note</source>
        <translation>یادداشت ارجاع</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>فوری</translation>
    </message>
    <message>
        <source>First response by</source>
        <translation>نخستین پاسخ تا</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>وضعیت ارسال</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>تحویل شده</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>شمارهٔ پرونده</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>وضعیت پرونده</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>داده‌های شخصی پاک شد</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>داده‌های شخصی</translation>
    </message>
    <message>
        <source>A person&apos;s records</source>
        <translation>بازخوردهای یک شخص</translation>
    </message>
    <message>
        <source>Name, email, phone or reference</source>
        <translation>نام، ایمیل، تلفن یا شمارهٔ پیگیری</translation>
    </message>
    <message>
        <source>&amp;Look for:</source>
        <translation>جستجوی (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>پیدا کن (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Matching records:</source>
        <translation>بازخوردهای یافته‌شده (&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Show everything held</source>
        <translation>نمایش همهٔ داده‌ها (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Print a copy…</source>
        <translation>چاپ یک رونوشت… (&amp;P)</translation>
    </message>
    <message>
        <source>Save a copy as P&amp;DF…</source>
        <translation>ذخیرهٔ رونوشت به صورت PDF… (&amp;D)</translation>
    </message>
    <message>
        <source>Co&amp;rrect contact details…</source>
        <translation>اصلاح اطلاعات تماس… (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Erase personal data…</source>
        <translation>پاک کردن داده‌های شخصی… (&amp;E)</translation>
    </message>
    <message>
        <source>Look for</source>
        <translation>جستجو</translation>
    </message>
    <message>
        <source>A resident&apos;s name, email, phone number or a record&apos;s reference; Enter finds.</source>
        <translation>نام، ایمیل یا شمارهٔ تلفن یک شهروند، یا شمارهٔ پیگیری یک بازخورد؛ Enter جستجو می‌کند.</translation>
    </message>
    <message>
        <source>Matching records</source>
        <translation>بازخوردهای یافته‌شده</translation>
    </message>
    <message>
        <source>Reference, date, kind and state only. Enter shows everything held.</source>
        <translation>فقط شمارهٔ پیگیری، تاریخ، نوع و وضعیت. Enter همهٔ داده‌ها را نشان می‌دهد.</translation>
    </message>
    <message>
        <source>Everything held</source>
        <translation>همهٔ داده‌ها</translation>
    </message>
    <message>
        <source>Every field the desk holds about the shown record.</source>
        <translation>همهٔ داده‌هایی که این پذیرش دربارهٔ بازخورد نمایش‌داده‌شده نگه می‌دارد.</translation>
    </message>
    <message>
        <source>Closes this window.</source>
        <translation>این پنجره را می‌بندد.</translation>
    </message>
    <message>
        <source>Finds the records that match.</source>
        <translation>بازخوردهای مطابق را پیدا می‌کند.</translation>
    </message>
    <message>
        <source>Shows everything held about the selected record.</source>
        <translation>همهٔ داده‌های بازخورد انتخاب‌شده را نشان می‌دهد.</translation>
    </message>
    <message>
        <source>Prints a copy of everything held, for the resident.</source>
        <translation>یک رونوشت از همهٔ داده‌ها برای شهروند چاپ می‌کند.</translation>
    </message>
    <message>
        <source>Saves a copy of everything held as a PDF file.</source>
        <translation>یک رونوشت از همهٔ داده‌ها را به صورت فایل PDF ذخیره می‌کند.</translation>
    </message>
    <message>
        <source>Corrects the name, email, phone or postal address of the selected record.</source>
        <translation>نام، ایمیل، تلفن یا نشانی پستی مورد انتخاب‌شده را اصلاح می‌کند.</translation>
    </message>
    <message>
        <source>Erases the personal data of the selected record, after asking.</source>
        <translation>پس از پرسش، داده‌های شخصی بازخورد انتخاب‌شده را پاک می‌کند.</translation>
    </message>
    <message>
        <source>Type a name, email, phone number or reference first.</source>
        <translation>اول یک نام، ایمیل، شمارهٔ تلفن یا شمارهٔ پیگیری بنویسید.</translation>
    </message>
    <message>
        <source>The records could not be searched: {reason}</source>
        <translation>جستجو در بازخوردها ممکن نشد: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) found.</source>
        <translation>
            <numerusform>%Ln بازخورد پیدا شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>پاک شده</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>نگه‌داری می‌شود</translation>
    </message>
    <message>
        <source>The record could not be read: {reason}</source>
        <translation>خواندن بازخورد ممکن نشد: {reason}</translation>
    </message>
    <message>
        <source>Select a record and press Show to see everything held about it.</source>
        <translation>یک بازخورد انتخاب کنید و «نمایش» را بزنید تا همهٔ داده‌های آن را ببینید.</translation>
    </message>
    <message>
        <source>Everything held about {reference}:</source>
        <translation>همهٔ داده‌های {reference}:</translation>
    </message>
    <message>
        <source>{field} of this record</source>
        <translation>{field} این بازخورد</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>Case system request</source>
        <translation>درخواست به سامانهٔ پرونده</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>ارسال &amp;دوباره</translation>
    </message>
    <message>
        <source>Settled with the case system</source>
        <translation>با سامانهٔ پرونده حل شد</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>ارسال دوباره</translation>
    </message>
    <message>
        <source>Sends the refused request to the case system again at the next sync.</source>
        <translation>درخواست ردشده را در همگام‌سازی بعدی دوباره به سامانهٔ پرونده می‌فرستد.</translation>
    </message>
    <message>
        <source>The case system&apos;s administrators have dealt with it: the desk stops asking and forgets the request&apos;s new details.</source>
        <translation>مدیران سامانهٔ پرونده به آن رسیدگی کرده‌اند: میز دیگر درخواست نمی‌کند و جزئیات تازهٔ درخواست را فراموش می‌کند.</translation>
    </message>
    <message>
        <source>The request could not be changed: {reason}</source>
        <translation>درخواست تغییر نکرد: {reason}</translation>
    </message>
    <message>
        <source>Marked as settled: the desk will not send it.</source>
        <translation>به‌عنوان حل‌شده علامت خورد: میز آن را نمی‌فرستد.</translation>
    </message>
    <message>
        <source>It will be sent to the case system at the next sync.</source>
        <translation>در همگام‌سازی بعدی به سامانهٔ پرونده فرستاده می‌شود.</translation>
    </message>
    <message>
        <source>The request was no longer refused; nothing changed.</source>
        <translation>درخواست دیگر ردشده نبود؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>Refused by the case system: {references}. Look one up to send it again or to mark it settled.</source>
        <translation>ردشده از سوی سامانهٔ پرونده: {references}. یکی را جست‌وجو کنید تا دوباره بفرستید یا آن را حل‌شده علامت بزنید.</translation>
    </message>
    <message>
        <source>Correction of the contact details</source>
        <translation>اصلاح اطلاعات تماس</translation>
    </message>
    <message>
        <source>Erasure of the personal data</source>
        <translation>حذف داده‌های شخصی</translation>
    </message>
    <message>
        <source>{what}: sent to the case system {when}.</source>
        <translation>{what}: در {when} به سامانهٔ پرونده فرستاده شد.</translation>
    </message>
    <message>
        <source>{what}: refused by the case system, needs attention ({reason}).</source>
        <translation>{what}: سامانهٔ پرونده آن را نپذیرفت، نیاز به رسیدگی دارد ({reason}).</translation>
    </message>
    <message>
        <source>{what}: this case system does not accept it; ask the administrators of {system}.</source>
        <translation>{what}: این سامانهٔ پرونده آن را نمی‌پذیرد؛ از مدیران {system} بخواهید.</translation>
    </message>
    <message>
        <source>{what}: nothing to send to the case system.</source>
        <translation>{what}: چیزی برای فرستادن به سامانهٔ پرونده نیست.</translation>
    </message>
    <message>
        <source>{what}: will be sent to the case system at the next sync, or when the connection is back.</source>
        <translation>{what}: در همگام‌سازی بعدی، یا وقتی اتصال برقرار شد، به سامانهٔ پرونده فرستاده می‌شود.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>No</source>
        <translation>خیر</translation>
    </message>
    <message>
        <source>Not printed: {reason}</source>
        <translation>چاپ نشد: {reason}</translation>
    </message>
    <message>
        <source>Copy saved as {path}.</source>
        <translation>رونوشت در {path} ذخیره شد.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>The contact details of {reference} are corrected on this desk. The correction will be sent to the case system (case {case}) at the next sync, or when the connection is back.</source>
        <translation>اطلاعات تماس {reference} در این پیشخوان اصلاح شد. اصلاحیه در همگام‌سازی بعدی، یا وقتی اتصال برقرار شد، به سامانهٔ پرونده (پروندهٔ {case}) فرستاده می‌شود.</translation>
    </message>
    <message>
        <source>The contact details of {reference} are corrected on this desk. This case system does not accept corrections: ask the administrators of {system} to correct them in case {case} too.</source>
        <translation>اطلاعات تماس {reference} در این پیشخوان اصلاح شد. این سامانهٔ پرونده اصلاحیه نمی‌پذیرد: از مدیران {system} بخواهید که آن‌ها را در پروندهٔ {case} هم اصلاح کنند.</translation>
    </message>
    <message>
        <source>The contact details of {reference} are corrected on this desk. The record had been delivered to the case system (case {case}), which still holds the old ones: ask the case system&apos;s administrators to correct them there too.</source>
        <translation>اطلاعات تماس {reference} در این میز اصلاح شد. این مورد پیش‌تر به سامانهٔ پرونده‌ها (پروندهٔ {case}) تحویل شده بود و آنجا هنوز اطلاعات قدیمی را دارد: از مدیران سامانهٔ پرونده‌ها بخواهید آنجا هم آن را اصلاح کنند.</translation>
    </message>
    <message>
        <source>The contact details of {reference} are corrected. The case system will get the corrected details when the record is sent.</source>
        <translation>اطلاعات تماس {reference} اصلاح شد. سامانهٔ پرونده‌ها هنگام ارسال این مورد، اطلاعات اصلاح‌شده را دریافت می‌کند.</translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>چیزی پاک نشد.</translation>
    </message>
    <message>
        <source>Nothing was erased: {reason}</source>
        <translation>چیزی پاک نشد: {reason}</translation>
    </message>
    <message>
        <source>Nothing was erased: the record is no longer on this desk.</source>
        <translation>چیزی پاک نشد: این بازخورد دیگر در این پذیرش نیست.</translation>
    </message>
    <message>
        <source>Erase the personal data of {reference}?

Erased: the name, email, phone number, postal address, the description of what happened and the on-behalf note.
Kept: the reference, the dates, the kind, category and place, and the case number, so the statistics and the case stay whole.

This cannot be undone.</source>
        <translation>داده‌های شخصی {reference} پاک شود؟

پاک می‌شود: نام، ایمیل، شمارهٔ تلفن، نشانی پستی، شرح آنچه رخ داد و یادداشت دربارهٔ نمایندگی.
می‌ماند: شمارهٔ پیگیری، تاریخ‌ها، نوع، دسته و مکان، و شمارهٔ پرونده، تا آمار و پرونده کامل بمانند.

این کار برگشت‌پذیر نیست.</translation>
    </message>
    <message>
        <source>This record was delivered to the case system: the desk asks it to erase its copy too, or tells you whom to ask when it does not accept erasures.</source>
        <translation>این سابقه به سامانهٔ پرونده تحویل شده است: پیشخوان از آن می‌خواهد نسخهٔ خود را هم حذف کند، یا اگر حذف را نپذیرد به شما می‌گوید از چه کسی بخواهید.</translation>
    </message>
    <message>
        <source>Erase personal data?</source>
        <translation>داده‌های شخصی پاک شود؟</translation>
    </message>
    <message>
        <source>&amp;Erase personal data</source>
        <translation>پاک کردن داده‌های شخصی (&amp;E)</translation>
    </message>
    <message>
        <source>The personal data of {reference} had already been erased.</source>
        <translation>داده‌های شخصی {reference} پیش‌تر پاک شده بود.</translation>
    </message>
    <message>
        <source>The personal data of {reference} is erased. It had not been delivered and will not be sent.</source>
        <translation>داده‌های شخصی {reference} پاک شد. این بازخورد تحویل نشده بود و فرستاده نخواهد شد.</translation>
    </message>
    <message>
        <source>The personal data of {reference} is erased on this desk. The erasure will be sent to the case system (case {case}) at the next sync, or when the connection is back.</source>
        <translation>داده‌های شخصی {reference} در این پیشخوان حذف شد. درخواست حذف در همگام‌سازی بعدی، یا وقتی اتصال برقرار شد، به سامانهٔ پرونده (پروندهٔ {case}) فرستاده می‌شود.</translation>
    </message>
    <message>
        <source>The personal data of {reference} is erased, here and in the case system (case {case}).</source>
        <translation>داده‌های شخصی {reference} حذف شد، هم اینجا و هم در سامانهٔ پرونده (پروندهٔ {case}).</translation>
    </message>
    <message>
        <source>The personal data of {reference} is erased on this desk. This case system does not accept erasures: ask the administrators of {system} to erase it in case {case} too.</source>
        <translation>داده‌های شخصی {reference} در این پیشخوان حذف شد. این سامانهٔ پرونده حذف را نمی‌پذیرد: از مدیران {system} بخواهید که آن را در پروندهٔ {case} هم حذف کنند.</translation>
    </message>
    <message>
        <source>The personal data of {reference} is erased on this desk. The record had been delivered to the case system (case {case}), which still holds a copy: ask the case system&apos;s administrators to erase it there too. This desk cannot.</source>
        <translation>داده‌های شخصی {reference} در این پذیرش پاک شد. این بازخورد به سامانهٔ پرونده‌ها (پروندهٔ {case}) تحویل شده بود و رونوشتی از آن هنوز آنجاست: از مدیران سامانهٔ پرونده‌ها بخواهید آن را هم پاک کنند. این پذیرش نمی‌تواند.</translation>
    </message>
    <message>
        <source>Ask the case system too</source>
        <translation>از سامانهٔ پرونده‌ها هم بخواهید</translation>
    </message>
</context>
<context>
    <name>PinEntryDialog</name>
    <message>
        <source>Add a worker</source>
        <translation>افزودن کارمند</translation>
    </message>
    <message>
        <source>The worker signs in with this PIN on the lock screen. Tell it to them in person; they can change it themselves from the Tools menu.</source>
        <translation>کارمند با این پین در صفحهٔ قفل وارد می‌شود. آن را حضوری به او بگویید؛ خودش می‌تواند از منوی ابزارها آن را تغییر دهد.</translation>
    </message>
    <message>
        <source>New PIN for {worker}</source>
        <translation>پین تازه برای {worker}</translation>
    </message>
    <message>
        <source>The old PIN stops working at once, and wrong tries so far are forgotten.</source>
        <translation>پین پیشین بی‌درنگ از کار می‌افتد و تلاش‌های نادرست تاکنون فراموش می‌شوند.</translation>
    </message>
    <message>
        <source>Worker &amp;ID:</source>
        <translation>شناسهٔ کارمند: (&amp;I)</translation>
    </message>
    <message>
        <source>Their staff ID, as on the form.</source>
        <translation>شناسهٔ کارکنی او، همان‌گونه که در فرم است.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>نام: (&amp;N)</translation>
    </message>
    <message>
        <source>How the sign-in list shows them (may be left empty).</source>
        <translation>نامی که فهرست ورود نشان می‌دهد (می‌تواند خالی بماند).</translation>
    </message>
    <message>
        <source>New &amp;PIN:</source>
        <translation>پین تازه: (&amp;P)</translation>
    </message>
    <message>
        <source>4 to 8 digits.</source>
        <translation>۴ تا ۸ رقم.</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>تکرار پین: (&amp;A)</translation>
    </message>
    <message>
        <source>The same PIN again.</source>
        <translation>همان پین را دوباره وارد کنید.</translation>
    </message>
    <message>
        <source>Saves the PIN; this is written to the audit trail.</source>
        <translation>پین را ذخیره می‌کند؛ این کار در سابقهٔ ممیزی ثبت می‌شود.</translation>
    </message>
    <message>
        <source>Closes without changing anything.</source>
        <translation>بدون هیچ تغییری بسته می‌شود.</translation>
    </message>
    <message>
        <source>A worker ID is 1 to 100 characters without spaces.</source>
        <translation>شناسهٔ کارمند ۱ تا ۱۰۰ نویسه و بدون فاصله است.</translation>
    </message>
    <message>
        <source>This ID is already a worker here.</source>
        <translation>این شناسه از پیش برای کارمندی در اینجا ثبت شده است.</translation>
    </message>
</context>
<context>
    <name>PinRules</name>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>پین ۴ تا ۸ رقم است.</translation>
    </message>
    <message>
        <source>The two PINs differ: type the same PIN twice.</source>
        <translation>دو پین یکسان نیستند: یک پین را دو بار وارد کنید.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>No printer is set up on this computer. Save the receipt as PDF, or ask IT to set up a default printer.</source>
        <translation>هیچ چاپگری روی این رایانه نصب نیست. رسید را به صورت PDF ذخیره کنید، یا از واحد فناوری اطلاعات بخواهید چاپگر پیش‌فرض نصب کند.</translation>
    </message>
    <message>
        <source>The printer &apos;{name}&apos; cannot be used right now.</source>
        <translation>چاپگر «{name}» اکنون قابل استفاده نیست.</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>The personal data of this record is erased: nothing to correct.</source>
        <translation>داده‌های شخصی این مورد پاک شده است: چیزی برای اصلاح نیست.</translation>
    </message>
    <message>
        <source>This record was given anonymously: it holds no contact details.</source>
        <translation>این مورد به‌صورت ناشناس ثبت شده است: هیچ اطلاعات تماسی ندارد.</translation>
    </message>
</context>
<context>
    <name>PromiseReminder</name>
    <message numerus="yes">
        <source>%Ln record(s) near their first-response deadline have not reached the case system yet.</source>
        <translation>
            <numerusform>%Ln بازخورد که مهلت نخستین پاسخش نزدیک است هنوز به سامانهٔ پرونده‌ها نرسیده است.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) past their first-response deadline have not reached the case system.</source>
        <translation>
            <numerusform>%Ln بازخورد که مهلت نخستین پاسخش گذشته است به سامانهٔ پرونده‌ها نرسیده است.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the network connection and press Sync now (F5). If the records still do not go, call the case system and give them the references marked in the queue&apos;s Deadline column, so the residents hear from someone in time.</source>
        <translation>اتصال شبکه را بررسی کنید و «همگام‌سازی اکنون» (F5) را بزنید. اگر بازخوردها باز هم فرستاده نشدند، با مسئولان سامانهٔ پرونده‌ها تماس بگیرید و شماره‌های پیگیری نشان‌دارِ ستون «مهلت پاسخ» در صف را به آن‌ها بدهید تا ساکنان به‌موقع پاسخی بگیرند.</translation>
    </message>
    <message>
        <source>Reply promises at risk</source>
        <translation>وعده‌های پاسخ در خطر</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>{date} – at risk</source>
        <translation>{date} – در خطر</translation>
    </message>
    <message>
        <source>{date} – past</source>
        <translation>{date} – گذشته</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>شمارهٔ پیگیری</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>دریافت</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>وضعیت ارسال</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>مهلت پاسخ</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>چه اتفاقی افتاد</translation>
    </message>
    <message>
        <source>No reply promised: no deadline</source>
        <translation>پاسخی وعده داده نشده: مهلتی در کار نیست</translation>
    </message>
    <message>
        <source>The first-response date the case system set</source>
        <translation>تاریخ نخستین پاسخ که سامانهٔ پرونده‌ها تعیین کرده است</translation>
    </message>
    <message>
        <source>Not yet with the case system: check the network and sync, or call the case system so the resident hears from someone in time</source>
        <translation>هنوز به سامانهٔ پرونده‌ها نرسیده: شبکه را بررسی و همگام‌سازی کنید، یا با مسئولان سامانهٔ پرونده‌ها تماس بگیرید تا ساکن به‌موقع پاسخی بگیرد</translation>
    </message>
    <message>
        <source>The first-response date this desk promised</source>
        <translation>تاریخ نخستین پاسخ که این میز وعده داده است</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>Reference, case number or words from the description</source>
        <translation>شمارهٔ پیگیری، شمارهٔ پرونده یا واژه‌هایی از شرح</translation>
    </message>
    <message>
        <source>Se&amp;arch</source>
        <translation>جستجو (&amp;A)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>جستجو</translation>
    </message>
    <message>
        <source>Find records by reference, case number or words.</source>
        <translation>بازخوردها را با شمارهٔ پیگیری، شمارهٔ پرونده یا واژه‌ها پیدا کنید.</translation>
    </message>
    <message>
        <source>Records on this desk</source>
        <translation>بازخوردهای این پذیرش</translation>
    </message>
    <message>
        <source>Newest first. Enter opens the selected record; it can be reprinted from there.</source>
        <translation>تازه‌ترین‌ها اول. Enter بازخورد انتخاب‌شده را باز می‌کند؛ از آنجا می‌توان رسید را دوباره چاپ کرد.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) shown</source>
        <translation>
            <numerusform>%Ln بازخورد نمایش داده می‌شود</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatingScreen</name>
    <message>
        <source>Back to the desk</source>
        <translation>بازگشت به میز</translation>
    </message>
    <message>
        <source>Give the screen back to the staff without rating (Escape).</source>
        <translation>بازگرداندن صفحه به کارکنان بدون ارزیابی (Escape).</translation>
    </message>
    <message>
        <source>Rating not saved</source>
        <translation>امتیاز ذخیره نشد</translation>
    </message>
    <message>
        <source>A visitor&apos;s answers were not kept. {reason}</source>
        <translation>پاسخ‌های یک مراجعه‌کننده ذخیره نشد. {reason}</translation>
    </message>
    <message>
        <source>How was your visit? Choose your language.</source>
        <translation>مراجعهٔ شما چگونه بود؟ زبان خود را انتخاب کنید.</translation>
    </message>
    <message>
        <source>How were you treated?</source>
        <translation>چگونه با شما رفتار شد؟</translation>
    </message>
    <message>
        <source>Did you get an answer to what you came for?</source>
        <translation>آیا برای کاری که به خاطرش آمدید پاسخ گرفتید؟</translation>
    </message>
    <message>
        <source>How was the wait?</source>
        <translation>زمان انتظار چگونه بود؟</translation>
    </message>
    <message>
        <source>Overall, how was your visit?</source>
        <translation>روی هم رفته مراجعهٔ شما چگونه بود؟</translation>
    </message>
    <message>
        <source>Very bad</source>
        <translation>خیلی بد</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>بد</translation>
    </message>
    <message>
        <source>Neither good nor bad</source>
        <translation>نه خوب نه بد</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>خوب</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>خیلی خوب</translation>
    </message>
    <message>
        <source>{score} of {highest}: {word}</source>
        <translation>{score} از {highest}: {word}</translation>
    </message>
    <message>
        <source>Question {number} of {count}</source>
        <translation>سؤال {number} از {count}</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>بازگشت</translation>
    </message>
    <message>
        <source>Go back to the previous question (Escape).</source>
        <translation>بازگشت به سؤال قبلی (Escape).</translation>
    </message>
    <message>
        <source>Touch a face, or press a number from 1 (very bad) to 5 (very good).</source>
        <translation>روی یک چهره بزنید، یا عددی از ۱ (خیلی بد) تا ۵ (خیلی خوب) را فشار دهید.</translation>
    </message>
    <message>
        <source>Anything you want to add? (optional)</source>
        <translation>چیزی می‌خواهید اضافه کنید؟ (اختیاری)</translation>
    </message>
    <message>
        <source>Your answers are anonymous: please do not write your name or contact details.</source>
        <translation>پاسخ‌های شما ناشناس است: لطفاً نام یا اطلاعات تماس خود را ننویسید.</translation>
    </message>
    <message>
        <source>Your comment</source>
        <translation>نظر شما</translation>
    </message>
    <message>
        <source>{count} of {limit} characters</source>
        <translation>{count} از {limit} نویسه</translation>
    </message>
    <message>
        <source>{count} of {limit} characters: please shorten your comment to send it.</source>
        <translation>{count} از {limit} نویسه: لطفاً برای ارسال، نظر خود را کوتاه‌تر کنید.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>ارسال</translation>
    </message>
    <message>
        <source>Send your answers and the comment (Ctrl+Enter).</source>
        <translation>ارسال پاسخ‌ها و نظر شما (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>رد شدن</translation>
    </message>
    <message>
        <source>Send your answers without a comment.</source>
        <translation>ارسال پاسخ‌ها بدون نظر.</translation>
    </message>
    <message>
        <source>Thank you for your answers!</source>
        <translation>از پاسخ‌های شما سپاسگزاریم!</translation>
    </message>
    <message>
        <source>The screen goes back to the staff in a moment.</source>
        <translation>صفحه به‌زودی به کارکنان بازمی‌گردد.</translation>
    </message>
    <message>
        <source>Sorry, your answers could not be saved. Please tell the staff.</source>
        <translation>متأسفانه پاسخ‌های شما ذخیره نشد. لطفاً به کارکنان اطلاع دهید.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تمام</translation>
    </message>
    <message>
        <source>Give the screen back to the staff now (Enter).</source>
        <translation>بازگرداندن صفحه به کارکنان همین حالا (Enter).</translation>
    </message>
</context>
<context>
    <name>ReceiptActions</name>
    <message>
        <source>Printing is switched off on this desk.</source>
        <translation>چاپ در این پذیرش خاموش است.</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>چاپ رسید</translation>
    </message>
    <message>
        <source>Not printed.</source>
        <translation>چاپ نشد.</translation>
    </message>
    <message>
        <source>Receipt sent to the printer {name}.</source>
        <translation>رسید به چاپگر {name} فرستاده شد.</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>ذخیرهٔ رسید به صورت PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>فایل‌های PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Saved</source>
        <translation>ذخیره شد</translation>
    </message>
    <message>
        <source>Saved. The reference number is:</source>
        <translation>ذخیره شد. شمارهٔ پیگیری:</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>شمارهٔ پیگیری</translation>
    </message>
    <message>
        <source>Give this number to the resident; it is also on the receipt.</source>
        <translation>این شماره را به شهروند بدهید؛ روی رسید هم آمده است.</translation>
    </message>
    <message>
        <source>&amp;Next person   (Enter)</source>
        <translation>نفر بعدی (&amp;N)   (Enter)</translation>
    </message>
    <message>
        <source>&amp;Print again</source>
        <translation>چاپ دوباره (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>چاپ (&amp;P)</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>ذخیره به صورت PDF… (&amp;D)</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>نفر بعدی</translation>
    </message>
    <message>
        <source>Closes this and empties the form (Enter).</source>
        <translation>این را می‌بندد و فرم را خالی می‌کند (Enter).</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>چاپ</translation>
    </message>
    <message>
        <source>Prints the receipt (again).</source>
        <translation>رسید را (دوباره) چاپ می‌کند.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>ذخیره به صورت PDF</translation>
    </message>
    <message>
        <source>Saves the receipt as a PDF file.</source>
        <translation>رسید را به صورت فایل PDF ذخیره می‌کند.</translation>
    </message>
    <message>
        <source>Printing is switched off on this desk.</source>
        <translation>چاپ در این پذیرش خاموش است.</translation>
    </message>
    <message>
        <source>Not printed: {reason}</source>
        <translation>چاپ نشد: {reason}</translation>
    </message>
    <message>
        <source>Receipt saved as {path}.</source>
        <translation>رسید در {path} ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Record {reference}</source>
        <translation>بازخورد {reference}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>No</source>
        <translation>خیر</translation>
    </message>
    <message>
        <source>Yes, by {method}</source>
        <translation>بله، از راه {method}</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>شمارهٔ پیگیری</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>دریافت</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>چه اتفاقی افتاد</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>مکان</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>راه دریافت</translation>
    </message>
    <message>
        <source>Receipt language</source>
        <translation>زبان رسید</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>تماس</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>ناشناس</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>نشانی پستی</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>پاسخ</translation>
    </message>
    <message>
        <source>On behalf of</source>
        <translation>از طرف</translation>
    </message>
    <message>
        <source>Privacy notice given</source>
        <translation>اطلاع‌رسانی حریم خصوصی</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>ارائه‌دهنده</translation>
    </message>
    <message>
        <source>Unit concerned</source>
        <translation>واحد مربوط</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>ارجاع به</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>فوری</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>دریافت‌کننده</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>وضعیت ارسال</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>علت</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>وضعیت پرونده</translation>
    </message>
    <message>
        <source>{field} of this record</source>
        <translation>{field} این بازخورد</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>&amp;Reprint receipt (COPY)</source>
        <translation>چاپ دوبارهٔ رسید (رونوشت) (&amp;R)</translation>
    </message>
    <message>
        <source>Save copy as P&amp;DF…</source>
        <translation>ذخیرهٔ رونوشت به صورت PDF… (&amp;D)</translation>
    </message>
    <message>
        <source>Correct and send &amp;again…</source>
        <translation>اصلاح و ارسال دوباره… (&amp;A)</translation>
    </message>
    <message>
        <source>Opens the record in the form to correct it, then sends it again.</source>
        <translation>بازخورد را برای اصلاح در فرم باز می‌کند و سپس دوباره می‌فرستد.</translation>
    </message>
    <message>
        <source>Closes the record.</source>
        <translation>بازخورد را می‌بندد.</translation>
    </message>
    <message>
        <source>Prints the receipt again, marked COPY.</source>
        <translation>رسید را با نشان «رونوشت» دوباره چاپ می‌کند.</translation>
    </message>
    <message>
        <source>Saves the receipt, marked COPY, as a PDF file.</source>
        <translation>رسید را با نشان «رونوشت» به صورت فایل PDF ذخیره می‌کند.</translation>
    </message>
    <message>
        <source>{question} (no longer asked)</source>
        <translation>{question} (دیگر پرسیده نمی‌شود)</translation>
    </message>
    <message>
        <source>Not printed: {reason}</source>
        <translation>چاپ نشد: {reason}</translation>
    </message>
    <message>
        <source>Copy saved as {path}.</source>
        <translation>رونوشت در {path} ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report</source>
        <translation>گزارش</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>از (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>تا (&amp;T)</translation>
    </message>
    <message>
        <source>Count &amp;per</source>
        <translation>شمارش بر اساس (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>زبان (&amp;L)</translation>
    </message>
    <message>
        <source>Save &amp;as</source>
        <translation>ذخیره با نام (&amp;A)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>روز</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>هفته</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>PDF (A4, charts and tables)</source>
        <translation>PDF (A4، نمودارها و جدول‌ها)</translation>
    </message>
    <message>
        <source>Spreadsheet (XLSX, one sheet per table)</source>
        <translation>صفحه‌گسترده (XLSX، یک برگه برای هر جدول)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>انتخاب… (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Create report</source>
        <translation>ساختن گزارش (&amp;C)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>The period&apos;s first day.</source>
        <translation>نخستین روز دوره.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>The period&apos;s last day (included).</source>
        <translation>آخرین روز دوره (شمرده می‌شود).</translation>
    </message>
    <message>
        <source>Count per</source>
        <translation>شمارش بر اساس</translation>
    </message>
    <message>
        <source>Count the records per day, week or month.</source>
        <translation>موارد را بر اساس روز، هفته یا ماه بشمار.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>The report&apos;s language.</source>
        <translation>زبان گزارش.</translation>
    </message>
    <message>
        <source>Write the report as a PDF to print.</source>
        <translation>گزارش را به صورت PDF برای چاپ بنویس.</translation>
    </message>
    <message>
        <source>Write the tables as a spreadsheet (XLSX).</source>
        <translation>جدول‌ها را به صورت صفحه‌گسترده (XLSX) بنویس.</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>ذخیره با نام</translation>
    </message>
    <message>
        <source>Folder and file name; .pdf and .xlsx are added.</source>
        <translation>پوشه و نام فایل؛ ‎.pdf و ‎.xlsx افزوده می‌شوند.</translation>
    </message>
    <message>
        <source>Choose the folder and file name.</source>
        <translation>پوشه و نام فایل را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Count the period and write the files.</source>
        <translation>دوره را بشمار و فایل‌ها را بنویس.</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>وضعیت گزارش</translation>
    </message>
    <message>
        <source>What the report run did.</source>
        <translation>آنچه ساختن گزارش انجام داد.</translation>
    </message>
    <message>
        <source>Records counted</source>
        <translation>موارد شمرده‌شده</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>نوع (&amp;K)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Categor&amp;y</source>
        <translation>دسته (&amp;Y)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>واحد (&amp;U)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <source>Cha&amp;nnel</source>
        <translation>روش ارائه (&amp;N)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>روش ارائه</translation>
    </message>
    <message>
        <source>&amp;Submitted by</source>
        <translation>ارائه‌دهنده (&amp;S)</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>ارائه‌دهنده</translation>
    </message>
    <message>
        <source>Count only the records with this value; All counts every record.</source>
        <translation>فقط مواردی با این مقدار شمرده می‌شوند؛ «همه» همهٔ موارد را می‌شمارد.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>ذخیرهٔ گزارش با نام</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>دوره پیش از آغازش پایان می‌یابد.</translation>
    </message>
    <message>
        <source>Choose PDF, a spreadsheet or both.</source>
        <translation>PDF، صفحه‌گسترده یا هر دو را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Say where to save the report.</source>
        <translation>بگویید گزارش کجا ذخیره شود.</translation>
    </message>
    <message>
        <source>That is {count} parts; a report shows at most {most}. Choose a longer step or a shorter period.</source>
        <translation>این {count} بخش می‌شود؛ گزارش حداکثر {most} بخش نشان می‌دهد. گام بلندتر یا دورهٔ کوتاه‌تری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Counting and writing the report…</source>
        <translation>در حال شمارش و نوشتن گزارش…</translation>
    </message>
    <message>
        <source>Report written ({records} records, {visits} rated visits):
{where}</source>
        <translation>گزارش نوشته شد ({records} مورد، {visits} مراجعهٔ امتیازداده‌شده):
{where}</translation>
    </message>
    <message>
        <source>The report could not be made: {reason}</source>
        <translation>گزارش ساخته نشد: {reason}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>A value set by your organisation cannot be changed.</source>
        <translation>مقداری که سازمان شما تعیین کرده است قابل تغییر نیست.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>80 mm roll</source>
        <translation>رول ۸۰ میلی‌متری</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>استاندارد</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>کنتراست بالا</translation>
    </message>
    <message>
        <source>Print on the default printer</source>
        <translation>چاپ با چاپگر پیش‌فرض</translation>
    </message>
    <message>
        <source>Ask with a print dialog</source>
        <translation>پرسیدن با پنجرهٔ چاپ</translation>
    </message>
    <message>
        <source>Do not print</source>
        <translation>چاپ نشود</translation>
    </message>
    <message>
        <source>Screen lan&amp;guage</source>
        <translation>زبان صفحه‌ها (&amp;G)</translation>
    </message>
    <message>
        <source>Receipt &amp;paper</source>
        <translation>کاغذ رسید (&amp;P)</translation>
    </message>
    <message>
        <source>After &amp;saving</source>
        <translation>پس از ذخیره (&amp;S)</translation>
    </message>
    <message>
        <source>Default s&amp;taff ID</source>
        <translation>شناسهٔ کارمند پیش‌فرض (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>رنگ‌ها (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Large mode</source>
        <translation>حالت بزرگ (&amp;L)</translation>
    </message>
    <message>
        <source>The language of these screens; receipts are chosen per record.</source>
        <translation>زبان این صفحه‌ها؛ زبان رسید برای هر بازخورد جداگانه انتخاب می‌شود.</translation>
    </message>
    <message>
        <source>The paper the receipt printer uses.</source>
        <translation>کاغذی که چاپگر رسید به کار می‌برد.</translation>
    </message>
    <message>
        <source>What happens with the receipt right after saving.</source>
        <translation>پس از ذخیره با رسید چه می‌شود.</translation>
    </message>
    <message>
        <source>Filled in on every new form.</source>
        <translation>در هر فرم تازه پر می‌شود.</translation>
    </message>
    <message>
        <source>Standard colours, or high contrast: white text on black.</source>
        <translation>رنگ‌های معمولی، یا کنتراست بالا: نوشتهٔ سفید روی زمینهٔ سیاه.</translation>
    </message>
    <message>
        <source>Larger text, and buttons and fields at least 44 pixels tall.</source>
        <translation>نوشتهٔ بزرگ‌تر، و دکمه‌ها و فیلدهایی با ارتفاع دست‌کم ۴۴ پیکسل.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Bigger text and buttons</source>
        <translation>نوشته و دکمه‌های بزرگ‌تر</translation>
    </message>
    <message>
        <source>Set by your organisation</source>
        <translation>سازمان شما تعیین کرده است</translation>
    </message>
    <message>
        <source>none (records stay on this desk)</source>
        <translation>هیچ (بازخوردها روی همین رایانه می‌مانند)</translation>
    </message>
    <message>
        <source>Case system:</source>
        <translation>سامانهٔ پرونده‌ها:</translation>
    </message>
    <message>
        <source>Saves and uses the settings.</source>
        <translation>تنظیمات را ذخیره و اعمال می‌کند.</translation>
    </message>
    <message>
        <source>Changes nothing.</source>
        <translation>چیزی را تغییر نمی‌دهد.</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>تنظیمات ذخیره نشد</translation>
    </message>
    <message>
        <source>Your settings could not be written to {path} ({reason}). Nothing has changed. Ask IT support if this happens again.</source>
        <translation>تنظیمات شما در {path} ذخیره نشد ({reason}). چیزی تغییر نکرد. اگر دوباره پیش آمد، با پشتیبانی فناوری اطلاعات تماس بگیرید.</translation>
    </message>
</context>
<context>
    <name>StatisticsTab</name>
    <message>
        <source>Treatment</source>
        <translation>برخورد</translation>
    </message>
    <message>
        <source>Answer to the errand</source>
        <translation>پاسخ به کار شما</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>زمان انتظار</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>در مجموع</translation>
    </message>
    <message>
        <source>week {week}, {year}</source>
        <translation>هفته {week}، {year}</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>در حال شمارش…</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;بازه</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;از</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;تا</translation>
    </message>
    <message>
        <source>&amp;Group by</source>
        <translation>&amp;گروه‌بندی بر اساس</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;نوع</translation>
    </message>
    <message>
        <source>Categor&amp;y</source>
        <translation>&amp;دسته</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;واحد</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>&amp;کانال</translation>
    </message>
    <message>
        <source>&amp;Submitted by</source>
        <translation>&amp;ارائه‌دهنده</translation>
    </message>
    <message>
        <source>Which records the statistics count.</source>
        <translation>بازخوردهایی که آمار می‌شمارد.</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>این هفته</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>این ماه</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>۳۰ روز گذشته</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>تاریخ‌های انتخابی</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>روز</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>هفته</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>Records over time, by kind</source>
        <translation>بازخوردها در طول زمان، بر اساس نوع</translation>
    </message>
    <message>
        <source>Records by kind</source>
        <translation>بازخوردها بر اساس نوع</translation>
    </message>
    <message>
        <source>Records by category</source>
        <translation>بازخوردها بر اساس دسته</translation>
    </message>
    <message>
        <source>Records by unit</source>
        <translation>بازخوردها بر اساس واحد</translation>
    </message>
    <message>
        <source>Records by provider</source>
        <translation>بازخوردها بر اساس ارائه‌دهنده خدمت</translation>
    </message>
    <message>
        <source>Records by channel</source>
        <translation>بازخوردها بر اساس کانال</translation>
    </message>
    <message>
        <source>Records by who gave the feedback</source>
        <translation>بازخوردها بر اساس ارائه‌دهنده بازخورد</translation>
    </message>
    <message>
        <source>Visitors&apos; ratings, whole period</source>
        <translation>امتیازهای مراجعان، کل بازه</translation>
    </message>
    <message>
        <source>Mean rating per question over time</source>
        <translation>میانگین امتیاز هر پرسش در طول زمان</translation>
    </message>
    <message>
        <source>Delivery to the case system and first-response promises</source>
        <translation>تحویل به سامانه پرونده‌ها و تعهد پاسخ نخست</translation>
    </message>
    <message>
        <source>The chart&apos;s numbers, one row per bar.</source>
        <translation>اعداد نمودار، یک ردیف برای هر ستون.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>ذکر نشده</translation>
    </message>
    <message>
        <source>The statistics could not be counted ({reason}); see the log.</source>
        <translation>آمار شمرده نشد ({reason})؛ گزارش رویدادها را ببینید.</translation>
    </message>
    <message>
        <source>{site}, {first} – {last}: {records} records, {visits} rated visits.</source>
        <translation>{site}، {first} – {last}: {records} بازخورد، {visits} مراجعه امتیازداده‌شده.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>بازخوردها</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>بازه</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>پرسش</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>پاسخ‌ها</translation>
    </message>
    <message>
        <source>Mean (1–5)</source>
        <translation>میانگین (۱–۵)</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>در انتظار ارسال</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>نیازمند رسیدگی</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>تحویل‌شده</translation>
    </message>
    <message>
        <source>First response at risk</source>
        <translation>پاسخ نخست در خطر تأخیر</translation>
    </message>
    <message>
        <source>First response past its deadline</source>
        <translation>پاسخ نخست پس از مهلت</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>شاخص</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Sending %v of %m</source>
        <translation>ارسال %v از %m</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>پیشرفت ارسال</translation>
    </message>
    <message>
        <source>Sync now (F5)</source>
        <translation>همگام‌سازی اکنون (F5)</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>همگام‌سازی اکنون</translation>
    </message>
    <message>
        <source>Sends waiting records and fetches updates now (F5).</source>
        <translation>بازخوردهای در انتظار را می‌فرستد و به‌روزرسانی‌ها را می‌گیرد (F5).</translation>
    </message>
    <message>
        <source>Not connected to a case system: records stay on this desk</source>
        <translation>به سامانهٔ پرونده‌ها وصل نیست: بازخوردها روی همین رایانه می‌مانند</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln بازخورد در انتظار ارسال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln need(s) attention</source>
        <translation>
            <numerusform>%Ln مورد نیاز به رسیدگی دارد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting more than {days} days</source>
        <translation>
            <numerusform>%Ln مورد بیش از {days} روز در انتظار است</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reply promise(s) at risk</source>
        <translation>
            <numerusform>%Ln وعدهٔ پاسخ در خطر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reply promise(s) past</source>
        <translation>
            <numerusform>%Ln وعدهٔ پاسخ گذشته</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) refused by the case system</source>
        <translation>
            <numerusform>%Ln درخواست ردشده از سوی سامانهٔ پرونده</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rating(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln امتیاز در انتظار ارسال</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending paused: {reason}</source>
        <translation>ارسال متوقف است: {reason}</translation>
    </message>
    <message>
        <source>Offline – will retry ({reason})</source>
        <translation>آفلاین – دوباره تلاش می‌شود ({reason})</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>آنلاین</translation>
    </message>
    <message>
        <source>Last sync {time}</source>
        <translation>آخرین همگام‌سازی {time}</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The database {path} cannot be opened: {why}. It has been left untouched. Keep the file (it may hold records not yet sent) and contact IT support; to start with an empty database, move the file elsewhere first.</source>
        <translation>پایگاه دادهٔ {path} باز نمی‌شود: {why}. به آن دست زده نشده است. فایل را نگه دارید (ممکن است بازخوردهای ارسال‌نشده داشته باشد) و با پشتیبانی فناوری اطلاعات تماس بگیرید؛ برای شروع با پایگاه دادهٔ خالی، نخست فایل را به جای دیگری منتقل کنید.</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder: nothing could be saved. Ask IT support to move it, or to set another data_dir.</source>
        <translation>{folder} یک فایل است، نه پوشه: چیزی ذخیره نشد. از پشتیبانی فناوری اطلاعات بخواهید آن را جابه‌جا کنند، یا data_dir دیگری تنظیم کنند.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be used ({reason}): nothing could be saved. Ask IT support to give this user write access, or to set another data_dir.</source>
        <translation>پوشهٔ {folder} قابل استفاده نیست ({reason}): چیزی ذخیره نشد. از پشتیبانی فناوری اطلاعات بخواهید به این کاربر اجازهٔ نوشتن بدهند، یا data_dir دیگری تنظیم کنند.</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({finding}). It has been left untouched and nothing will be written to it. Ask IT support to restore the newest copy in {backups} (desk-app doctor tells which); keep the damaged file, with its -wal and -shm files, for them.</source>
        <translation>پایگاه دادهٔ {path} آسیب دیده است ({finding}). به آن دست زده نشده و چیزی در آن نوشته نخواهد شد. از پشتیبانی فناوری اطلاعات بخواهید تازه‌ترین نسخهٔ پشتیبان در {backups} را بازگردانند (desk-app doctor می‌گوید کدام)؛ فایل آسیب‌دیده را همراه فایل‌های ‎-wal و ‎-shm آن برای آن‌ها نگه دارید.</translation>
    </message>
    <message>
        <source>The database {path} cannot be written to ({what} is read-only for this user): nothing could be saved. Ask IT support to give this user write access.</source>
        <translation>در پایگاه دادهٔ {path} نمی‌توان نوشت ({what} برای این کاربر فقط‌خواندنی است): چیزی ذخیره نشد. از پشتیبانی فناوری اطلاعات بخواهید به این کاربر اجازهٔ نوشتن بدهند.</translation>
    </message>
    <message>
        <source>The database {path} is empty (0 bytes): it was cut short or replaced, for example by a disk or copy failure. It has been left untouched and nothing will be written to it. Ask IT support to restore the newest copy in {backups} (desk-app doctor tells which); if this desk never saved anything, they may delete the empty file instead.</source>
        <translation>پایگاه داده {path} خالی است (۰ بایت): کوتاه شده یا جایگزین شده است، برای نمونه بر اثر خرابی دیسک یا رونوشت. دست‌نخورده مانده و چیزی در آن نوشته نخواهد شد. از پشتیبانی فناوری اطلاعات بخواهید تازه‌ترین رونوشت در {backups} را بازگردانند (desk-app doctor می‌گوید کدام)؛ اگر این میز هرگز چیزی ذخیره نکرده است، می‌توانند به جای آن فایل خالی را پاک کنند.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of Feedback Desk (schema {revision}). It has been left untouched: install that version again, or ask IT support.</source>
        <translation>پایگاه دادهٔ {path} با نسخهٔ تازه‌تری از Feedback Desk نوشته شده است (طرح {revision}). به آن دست زده نشده است: آن نسخه را دوباره نصب کنید یا از پشتیبانی فناوری اطلاعات بپرسید.</translation>
    </message>
    <message>
        <source>The record could not be saved ({reason}). It is not lost: it is still in the form. Free some disk space or call IT support, then save again.</source>
        <translation>بازخورد ذخیره نشد ({reason}). از دست نرفته است: هنوز در فرم است. کمی فضای دیسک آزاد کنید یا با پشتیبانی فناوری اطلاعات تماس بگیرید، سپس دوباره ذخیره کنید.</translation>
    </message>
    <message>
        <source>The database key in the system keyring ({service}) is not a valid key. Nothing was changed; ask IT support.</source>
        <translation>کلید پایگاه داده در دسته‌کلید سیستم ({service}) کلید معتبری نیست. چیزی تغییر نکرد؛ از پشتیبانی فناوری اطلاعات کمک بخواهید.</translation>
    </message>
    <message>
        <source>No system keyring is available to keep the database key ({reason}), so the residents&apos; data could not be encrypted on this computer, and Feedback Desk will not start. Ask IT support to enable the keyring (Windows Credential Manager, Secret Service or Keychain), or — only where the disk is otherwise protected — to set privacy.allow_without_keyring = true.</source>
        <translation>هیچ دسته‌کلید سیستمی برای نگهداری کلید پایگاه داده در دسترس نیست ({reason})، بنابراین اطلاعات ساکنان روی این رایانه رمزگذاری نشد و Feedback Desk راه‌اندازی نمی‌شود. از پشتیبانی فناوری اطلاعات بخواهید دسته‌کلید را فعال کند (Windows Credential Manager، Secret Service یا Keychain)، یا — فقط در جایی که دیسک به روش دیگری محافظت می‌شود — privacy.allow_without_keyring = true را تنظیم کند.</translation>
    </message>
    <message>
        <source>The database {path} is encrypted, and this data folder was encrypted with a key this user/machine does not have (it was copied from another computer or user, or this user&apos;s system keyring was reset). It has been left untouched. Start Feedback Desk as the user and on the computer that made it, or ask IT support.</source>
        <translation>پایگاه داده {path} رمزگذاری شده است و این پوشه داده با کلیدی رمزگذاری شده که این کاربر/رایانه آن را ندارد (از رایانه یا کاربر دیگری کپی شده، یا دسته‌کلید سیستم این کاربر بازنشانی شده است). به آن دست زده نشده است. Feedback Desk را با همان کاربر و روی همان رایانه‌ای که آن را ساخته اجرا کنید، یا از پشتیبانی فناوری اطلاعات کمک بخواهید.</translation>
    </message>
    <message>
        <source>The database {path} could not be encrypted: another program has it open. Close it and start again.</source>
        <translation>پایگاه داده {path} رمزگذاری نشد: برنامه دیگری آن را باز کرده است. آن را ببندید و دوباره شروع کنید.</translation>
    </message>
    <message>
        <source>The rating could not be saved ({reason}). Free some disk space or call IT support.</source>
        <translation>ارزیابی ذخیره نشد ({reason}). کمی فضای دیسک آزاد کنید یا با پشتیبانی فناوری اطلاعات تماس بگیرید.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>No case system is set up (api.url is empty): records stay on this desk.</source>
        <translation>هیچ سامانهٔ پرونده‌ای تنظیم نشده است (api.url خالی است): بازخوردها روی همین رایانه می‌مانند.</translation>
    </message>
    <message>
        <source>No access token: this computer&apos;s keyring cannot be used. Ask IT to enrol the desk (or to set DESK_APP_API_TOKEN); the log has the details.</source>
        <translation>توکن دسترسی نیست: جاکلیدی این رایانه قابل استفاده نیست. از واحد فناوری اطلاعات بخواهید این رایانه را ثبت کند (یا DESK_APP_API_TOKEN را تنظیم کند)؛ جزئیات در گزارش است.</translation>
    </message>
    <message>
        <source>The desk has no access token for the case system yet: enter it under Tools, or run `desk-app token set`.</source>
        <translation>این رایانه هنوز توکن دسترسی سامانهٔ پرونده‌ها را ندارد: آن را در منوی ابزارها وارد کنید، یا `desk-app token set` را اجرا کنید.</translation>
    </message>
    <message>
        <source>Set api.url first: the access token belongs to that address.</source>
        <translation>ابتدا api.url را تنظیم کنید: توکن دسترسی متعلق به همان نشانی است.</translation>
    </message>
    <message>
        <source>The server answered {status} with {type}, not the case API&apos;s JSON (a login page or proxy in the way?)</source>
        <translation>سرور با {status} و {type} پاسخ داد، نه با JSON رابط پرونده‌ها (شاید صفحهٔ ورود یا پراکسی در میان است؟)</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON ({error})</source>
        <translation>پاسخ سرور JSON معتبر نیست ({error})</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a JSON object</source>
        <translation>پاسخ سرور یک شیء JSON نیست</translation>
    </message>
    <message>
        <source>The desk&apos;s access to the case system must be renewed (the server answered {status}). Ask IT for a new token.</source>
        <translation>دسترسی این رایانه به سامانهٔ پرونده‌ها باید تمدید شود (پاسخ سرور: {status}). از واحد فناوری اطلاعات توکن تازه بخواهید.</translation>
    </message>
    <message>
        <source>The case system is busy ({status})</source>
        <translation>سامانهٔ پرونده‌ها مشغول است ({status})</translation>
    </message>
    <message>
        <source>The case system had an error ({status})</source>
        <translation>سامانهٔ پرونده‌ها خطا داد ({status})</translation>
    </message>
    <message>
        <source>The case system&apos;s answer has no case number</source>
        <translation>پاسخ سامانهٔ پرونده‌ها شمارهٔ پرونده ندارد</translation>
    </message>
    <message>
        <source>TLS check of the case system failed: {error}</source>
        <translation>بررسی TLS سامانهٔ پرونده‌ها ناموفق بود: {error}</translation>
    </message>
    <message>
        <source>The case system did not answer in time</source>
        <translation>سامانهٔ پرونده‌ها به‌موقع پاسخ نداد</translation>
    </message>
    <message>
        <source>No answer from the case system ({error})</source>
        <translation>پاسخی از سامانهٔ پرونده‌ها نیامد ({error})</translation>
    </message>
    <message>
        <source>The CA bundle for the case system cannot be read: {error}</source>
        <translation>فایل گواهی‌های CA برای سامانه پرونده‌ها خوانده نمی‌شود: {error}</translation>
    </message>
    <message>
        <source>The case system answered {status}, sending the desk to another address; the desk sends only to the address IT set (api.url). Ask IT to check it.</source>
        <translation>سامانهٔ پرونده با {status} پاسخ داد و میز را به نشانی دیگری فرستاد؛ میز فقط به نشانی‌ای می‌فرستد که IT تعیین کرده است (api.url). از IT بخواهید آن را بررسی کند.</translation>
    </message>
    <message>
        <source>Unexpected answer from the case system ({status})</source>
        <translation>پاسخ غیرمنتظره از سامانهٔ پرونده‌ها ({status})</translation>
    </message>
    <message>
        <source>Unexpected answer to a batch ({status})</source>
        <translation>پاسخ غیرمنتظره به یک ارسال گروهی ({status})</translation>
    </message>
    <message>
        <source>The case system&apos;s batch answer does not match the batch</source>
        <translation>پاسخ سامانهٔ پرونده‌ها با ارسال گروهی جور نیست</translation>
    </message>
    <message>
        <source>The case system&apos;s batch answer is out of order</source>
        <translation>پاسخ سامانهٔ پرونده‌ها به ارسال گروهی ترتیب درستی ندارد</translation>
    </message>
    <message>
        <source>Categories could not be fetched ({status})</source>
        <translation>دسته‌ها دریافت نشدند ({status})</translation>
    </message>
    <message>
        <source>The category answer has no category list</source>
        <translation>پاسخ دسته‌ها فهرست دسته ندارد</translation>
    </message>
    <message>
        <source>The case system&apos;s health check failed ({status})</source>
        <translation>بررسی سلامت سامانهٔ پرونده‌ها ناموفق بود ({status})</translation>
    </message>
    <message>
        <source>Units could not be fetched ({status})</source>
        <translation>واحدها دریافت نشدند ({status})</translation>
    </message>
    <message>
        <source>The unit answer has no unit list</source>
        <translation>پاسخ واحدها فهرست واحد ندارد</translation>
    </message>
    <message>
        <source>Status updates could not be fetched ({status})</source>
        <translation>به‌روزرسانی وضعیت‌ها دریافت نشد ({status})</translation>
    </message>
    <message>
        <source>The status answer is not in the expected shape</source>
        <translation>پاسخ وضعیت‌ها شکل مورد انتظار را ندارد</translation>
    </message>
    <message>
        <source>sync failed unexpectedly ({error}); see the log</source>
        <translation>همگام‌سازی به‌طور غیرمنتظره ناموفق بود ({error})؛ گزارش را ببینید</translation>
    </message>
    <message>
        <source>Not connected to a case system: records stay on this desk.</source>
        <translation>به سامانهٔ پرونده‌ها وصل نیست: بازخوردها روی همین رایانه می‌مانند.</translation>
    </message>
    <message>
        <source>The token could not be stored in the system keyring: {error}</source>
        <translation>توکن در جاکلیدی سیستم ذخیره نشد: {error}</translation>
    </message>
    <message>
        <source>The case system sent a category list the desk cannot read</source>
        <translation>سامانهٔ پرونده فهرستی از دسته‌ها فرستاد که میز نمی‌تواند آن را بخواند</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Choose what kind of feedback this is.</source>
        <translation>نوع بازخورد را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>یک دسته انتخاب کنید.</translation>
    </message>
    <message>
        <source>Category &apos;{code}&apos; is unknown or no longer offered: pick another.</source>
        <translation>دستهٔ «{code}» ناشناخته است یا دیگر ارائه نمی‌شود: دستهٔ دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Write down what the resident said.</source>
        <translation>آنچه شهروند گفت را بنویسید.</translation>
    </message>
    <message>
        <source>The description is {length:,} characters; at most {limit:,} fit. Shorten it or attach the rest on paper.</source>
        <translation>شرح {length:,} نویسه است؛ حداکثر {limit:,} نویسه جا می‌شود. آن را کوتاه کنید یا بقیه را روی کاغذ پیوست کنید.</translation>
    </message>
    <message>
        <source>The time it happened needs a time zone.</source>
        <translation>زمان وقوع به منطقهٔ زمانی نیاز دارد.</translation>
    </message>
    <message>
        <source>The time it happened is in the future.</source>
        <translation>زمان وقوع در آینده است.</translation>
    </message>
    <message>
        <source>The place may be at most {limit} characters.</source>
        <translation>مکان حداکثر می‌تواند {limit} نویسه باشد.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a language code such as sv or en.</source>
        <translation>«{code}» کد زبانی مانند sv یا en نیست.</translation>
    </message>
    <message>
        <source>The note may be at most {limit} characters.</source>
        <translation>یادداشت حداکثر می‌تواند {limit} نویسه باشد.</translation>
    </message>
    <message>
        <source>Enter who took this feedback (your staff ID).</source>
        <translation>وارد کنید چه کسی این بازخورد را گرفت (شناسهٔ کارمندی شما).</translation>
    </message>
    <message>
        <source>The provider&apos;s name may be at most {limit} characters.</source>
        <translation>نام ارائه‌دهنده حداکثر {limit} نویسه می‌تواند باشد.</translation>
    </message>
    <message>
        <source>Say why this is urgent, or untick urgent.</source>
        <translation>بنویسید چرا فوری است، یا تیک فوری را بردارید.</translation>
    </message>
    <message>
        <source>Anonymous feedback cannot carry contact details: clear them or untick anonymous.</source>
        <translation>بازخورد ناشناس نمی‌تواند اطلاعات تماس داشته باشد: آن‌ها را پاک کنید یا علامت ناشناس را بردارید.</translation>
    </message>
    <message>
        <source>An anonymous resident cannot get a reply: add contact details.</source>
        <translation>شهروند ناشناس نمی‌تواند پاسخ بگیرد: اطلاعات تماس را اضافه کنید.</translation>
    </message>
    <message>
        <source>This is longer than fits; shorten it.</source>
        <translation>این بیش از اندازهٔ مجاز است؛ آن را کوتاه کنید.</translation>
    </message>
    <message>
        <source>This does not look like an email address (name@example.se).</source>
        <translation>این شبیه نشانی ایمیل نیست (name@example.se).</translation>
    </message>
    <message>
        <source>A phone number has 6 to 15 digits, optionally starting with +.</source>
        <translation>شمارهٔ تلفن ۶ تا ۱۵ رقم دارد و می‌تواند با + شروع شود.</translation>
    </message>
    <message>
        <source>Give a name or a way to reach the resident, or tick anonymous.</source>
        <translation>نام یا راهی برای تماس با شهروند وارد کنید، یا ناشناس را علامت بزنید.</translation>
    </message>
    <message>
        <source>A reply by email needs an email address.</source>
        <translation>پاسخ با ایمیل به نشانی ایمیل نیاز دارد.</translation>
    </message>
    <message>
        <source>A reply by phone needs a phone number.</source>
        <translation>پاسخ تلفنی به شمارهٔ تلفن نیاز دارد.</translation>
    </message>
    <message>
        <source>A reply by letter needs a postal address.</source>
        <translation>پاسخ با نامه به نشانی پستی نیاز دارد.</translation>
    </message>
    <message>
        <source>Choose how the resident wants the reply.</source>
        <translation>انتخاب کنید شهروند پاسخ را از چه راهی می‌خواهد.</translation>
    </message>
    <message>
        <source>The resident must agree to be contacted for a reply.</source>
        <translation>شهروند باید با تماس برای پاسخ موافقت کند.</translation>
    </message>
    <message>
        <source>Tell the resident how their details are handled, then tick the privacy notice.</source>
        <translation>به شهروند بگویید اطلاعاتش چگونه نگهداری می‌شود، سپس اطلاع‌رسانی حریم خصوصی را علامت بزنید.</translation>
    </message>
    <message>
        <source>An answer belongs to no question of this category.</source>
        <translation>پاسخی هست که به هیچ پرسشی از این دسته تعلق ندارد.</translation>
    </message>
    <message>
        <source>This category does not ask &apos;{code}&apos;.</source>
        <translation>این دسته «{code}» را نمی‌پرسد.</translation>
    </message>
    <message>
        <source>&apos;{question}&apos; must be answered for this category.</source>
        <translation>برای این دسته باید به «{question}» پاسخ داده شود.</translation>
    </message>
    <message>
        <source>Choose among the answers offered.</source>
        <translation>از میان پاسخ‌های پیشنهادی انتخاب کنید.</translation>
    </message>
    <message>
        <source>This question takes one answer.</source>
        <translation>این پرسش فقط یک پاسخ می‌پذیرد.</translation>
    </message>
    <message>
        <source>Enter a number, such as 12 or 3.5.</source>
        <translation>یک عدد وارد کنید، مثلاً ۱۲ یا ۳٫۵.</translation>
    </message>
    <message>
        <source>Enter a date and time, such as 2026-11-26 14:30.</source>
        <translation>تاریخ و ساعت را وارد کنید، مثلاً 2026-11-26 14:30.</translation>
    </message>
    <message>
        <source>The answer is {length:,} characters; at most {limit:,} fit.</source>
        <translation>پاسخ {length:,} نویسه است؛ حداکثر {limit:,} نویسه جا می‌شود.</translation>
    </message>
</context>
<context>
    <name>WorkersDialog</name>
    <message>
        <source>Workers and PINs</source>
        <translation>کارمندان و پین‌ها</translation>
    </message>
    <message>
        <source>Worker ID</source>
        <translation>شناسهٔ کارمند</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>PIN set</source>
        <translation>تاریخ تعیین پین</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>ورود</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>کارمندان</translation>
    </message>
    <message>
        <source>Everyone who signs in with a PIN on this desk.</source>
        <translation>همهٔ کسانی که در این میز با پین وارد می‌شوند.</translation>
    </message>
    <message>
        <source>&amp;Add a worker…</source>
        <translation>افزودن کارمند… (&amp;A)</translation>
    </message>
    <message>
        <source>New &amp;PIN…</source>
        <translation>پین تازه… (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>حذف… (&amp;R)</translation>
    </message>
    <message>
        <source>Adds a worker who signs in with a PIN.</source>
        <translation>کارمندی می‌افزاید که با پین وارد می‌شود.</translation>
    </message>
    <message>
        <source>Gives the chosen worker a new PIN, for one forgotten or kept out.</source>
        <translation>به کارمند برگزیده پین تازه می‌دهد، اگر پین را فراموش کرده یا ورودش بسته شده است.</translation>
    </message>
    <message>
        <source>The chosen worker can no longer sign in; the audit trail keeps their ID.</source>
        <translation>کارمند برگزیده دیگر نمی‌تواند وارد شود؛ سابقهٔ ممیزی شناسهٔ او را نگه می‌دارد.</translation>
    </message>
    <message>
        <source>Closes the list.</source>
        <translation>فهرست را می‌بندد.</translation>
    </message>
    <message>
        <source>Kept out until {time} (wrong PINs)</source>
        <translation>تا {time} ورود بسته است (پین‌های اشتباه)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln wrong PIN(s) in a row</source>
        <translation>
            <numerusform>%Ln پین اشتباه پشت سر هم</numerusform>
        </translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation>می‌تواند وارد شود</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>سرپرست</translation>
    </message>
    <message>
        <source>Desk worker</source>
        <translation>کارمند میز</translation>
    </message>
    <message>
        <source>{worker} was added.</source>
        <translation>{worker} افزوده شد.</translation>
    </message>
    <message>
        <source>{worker} has a new PIN.</source>
        <translation>{worker} پین تازه دارد.</translation>
    </message>
    <message>
        <source>Remove a worker</source>
        <translation>حذف کارمند</translation>
    </message>
    <message>
        <source>Remove {worker}? Their PIN stops working at once. What they did stays in the audit trail.</source>
        <translation>{worker} حذف شود؟ پین او بی‌درنگ از کار می‌افتد. کارهایی که کرده در سابقهٔ ممیزی می‌ماند.</translation>
    </message>
    <message>
        <source>{worker} was removed.</source>
        <translation>{worker} حذف شد.</translation>
    </message>
</context>
</TS>
