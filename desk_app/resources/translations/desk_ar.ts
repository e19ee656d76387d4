<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AttributeGroup</name>
    <message>
        <source>Questions for this category</source>
        <translation>أسئلة هذه الفئة</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>إلزامي.</translation>
    </message>
    <message>
        <source>A number, such as 12 or 3.5.</source>
        <translation>عدد، مثل ١٢ أو ٣٫٥.</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>بلا إجابة</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>معروف</translation>
    </message>
    <message>
        <source>No longer asked for this category. Kept as recorded; this correction does not change them:</source>
        <translation>لم تعد تُطرح لهذه الفئة. تُحفظ كما سُجّلت؛ ولا يغيّرها هذا التصحيح:</translation>
    </message>
    <message>
        <source>{question} (no longer asked)</source>
        <translation>{question} (لم يعد يُطرح)</translation>
    </message>
    <message>
        <source>Kept as recorded; this category no longer asks it.</source>
        <translation>محفوظ كما سُجّل؛ لم تعد هذه الفئة تسأل عنه.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Who did what with residents&apos; data, and who signed in, newest first.</source>
        <translation>من فعل ماذا ببيانات السكان، ومن سجّل الدخول، الأحدث أولًا.</translation>
    </message>
</context>
<context>
    <name>CaseRequests</name>
    <message>
        <source>This case system does not accept corrections or erasures from the desk: ask its administrators to correct or erase the record there too.</source>
        <translation>نظام القضايا هذا لا يقبل التصحيح أو المحو من المكتب: اطلب من مسؤوليه تصحيح السجل أو محوه هناك أيضًا.</translation>
    </message>
    <message>
        <source>Nothing to send: the case system never received this record.</source>
        <translation>لا شيء للإرسال: لم يستلم نظام القضايا هذا السجل قط.</translation>
    </message>
    <message>
        <source>The case system does not know this delivered record (404): ask its administrators.</source>
        <translation>نظام القضايا لا يعرف هذا السجل المُسلَّم (404): اسأل مسؤوليه.</translation>
    </message>
</context>
<context>
    <name>ChangePinDialog</name>
    <message>
        <source>Change my PIN</source>
        <translation>تغيير رمز PIN الخاص بي</translation>
    </message>
    <message>
        <source>New PIN for {worker}. Type your present PIN first.</source>
        <translation>رمز PIN جديد لـ {worker}. اكتب رمزك الحالي أولًا.</translation>
    </message>
    <message>
        <source>&amp;Present PIN:</source>
        <translation>رمز PIN الحالي: (&amp;P)</translation>
    </message>
    <message>
        <source>The PIN you use now.</source>
        <translation>رمز PIN الذي تستخدمه الآن.</translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation>رمز PIN الجديد: (&amp;N)</translation>
    </message>
    <message>
        <source>4 to 8 digits.</source>
        <translation>من 4 إلى 8 أرقام.</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>رمز PIN مرة أخرى: (&amp;A)</translation>
    </message>
    <message>
        <source>The same PIN again.</source>
        <translation>رمز PIN نفسه مرة أخرى.</translation>
    </message>
    <message>
        <source>Saves the new PIN; this is written to the audit trail.</source>
        <translation>يحفظ رمز PIN الجديد؛ ويُسجَّل ذلك في سجل التدقيق.</translation>
    </message>
    <message>
        <source>Closes without changing anything.</source>
        <translation>يغلق دون تغيير أي شيء.</translation>
    </message>
    <message>
        <source>Type your present PIN.</source>
        <translation>اكتب رمز PIN الحالي.</translation>
    </message>
    <message>
        <source>Wrong PIN. Nothing was changed.</source>
        <translation>رمز PIN خاطئ. لم يتغير شيء.</translation>
    </message>
</context>
<context>
    <name>ContactCorrectionDialog</name>
    <message>
        <source>Correct contact details</source>
        <translation>تصحيح بيانات الاتصال</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الاسم: (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>البريد الإلكتروني: (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>الهاتف: (&amp;P)</translation>
    </message>
    <message>
        <source>Postal &amp;address:</source>
        <translation>العنوان البريدي: (&amp;A)</translation>
    </message>
    <message>
        <source>As the person gives it now; leave it empty to remove it.</source>
        <translation>كما يذكره الشخص الآن؛ اتركه فارغًا لحذفه.</translation>
    </message>
    <message>
        <source>Correct the contact details of {reference} as the person asks. What was said stays as it was recorded.</source>
        <translation>صحّح بيانات الاتصال الخاصة بـ {reference} كما يطلب الشخص. ما قيل يبقى كما سُجِّل.</translation>
    </message>
    <message>
        <source>This record was delivered to the case system (case {case}): the correction is sent there too, or you are told whom to ask when it does not accept corrections.</source>
        <translation>سُلّم هذا السجل إلى نظام القضايا (القضية {case}): يُرسل التصحيح إليه أيضًا، أو تُبلَّغ بمن تسأل إذا كان لا يقبل التصحيحات.</translation>
    </message>
    <message>
        <source>Saves the corrected details; the change is written to the audit trail.</source>
        <translation>يحفظ البيانات المصحَّحة؛ ويُسجَّل التغيير في سجل التدقيق.</translation>
    </message>
    <message>
        <source>Closes without changing anything.</source>
        <translation>يغلق دون تغيير أي شيء.</translation>
    </message>
    <message>
        <source>Not saved: check the marked fields.</source>
        <translation>لم يُحفَظ: تحقق من الحقول المعلَّمة.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correct record {reference}</source>
        <translation>تصحيح الملاحظة {reference}</translation>
    </message>
    <message>
        <source>The case system refused this record: {reason}</source>
        <translation>رفض نظام القضايا هذه الملاحظة: {reason}</translation>
    </message>
    <message>
        <source>Closes; the record stays as it was.</source>
        <translation>يغلق؛ تبقى الملاحظة كما كانت.</translation>
    </message>
    <message>
        <source>Discard the corrections?</source>
        <translation>هل تريد تجاهل التصحيحات؟</translation>
    </message>
    <message>
        <source>The record stays as it was and is not sent again. Discard them?</source>
        <translation>تبقى الملاحظة كما كانت ولن تُرسل مرة أخرى. هل تريد تجاهلها؟</translation>
    </message>
</context>
<context>
    <name>CorrectionForm</name>
    <message>
        <source>Sa&amp;ve and send again   (Ctrl+Enter)</source>
        <translation>حفظ وإرسال مرة أخرى (&amp;V)   (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Save and send again</source>
        <translation>حفظ وإرسال مرة أخرى</translation>
    </message>
    <message>
        <source>Saves the corrections and sends the record again (Ctrl+Enter).</source>
        <translation>يحفظ التصحيحات ويرسل الملاحظة مرة أخرى (Ctrl+Enter).</translation>
    </message>
</context>
<context>
    <name>IntakeFields</name>
    <message>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <source>Type to search…</source>
        <translation>اكتب للبحث…</translation>
    </message>
    <message>
        <source>What the resident said, in their words.</source>
        <translation>ما قاله المقيم بكلماته.</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>معروف</translation>
    </message>
    <message>
        <source>Address or place (optional)</source>
        <translation>العنوان أو المكان (اختياري)</translation>
    </message>
    <message>
        <source>Gives no contact details</source>
        <translation>لا يقدّم بيانات اتصال</translation>
    </message>
    <message>
        <source>The resident wants an answer</source>
        <translation>المقيم يريد ردًا</translation>
    </message>
    <message>
        <source>e.g. room 12, daughter of the resident</source>
        <translation>مثل الغرفة 12، ابنة المقيم</translation>
    </message>
    <message>
        <source>A provider not in the list (optional)</source>
        <translation>مقدم خدمة غير موجود في القائمة (اختياري)</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>عاجل</translation>
    </message>
    <message>
        <source>Why someone should see it today</source>
        <translation>لماذا يجب أن يراه أحد اليوم</translation>
    </message>
    <message>
        <source>Whom to contact, e.g. the police&apos;s 114 14</source>
        <translation>بمن يتصل، مثلًا الشرطة على الرقم 114 14</translation>
    </message>
    <message>
        <source>Why it is urgent</source>
        <translation>لماذا هو عاجل</translation>
    </message>
    <message>
        <source>I told the resident how their details are handled</source>
        <translation>أخبرت المقيم بكيفية التعامل مع بياناته</translation>
    </message>
    <message>
        <source>The feedback</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>وقت الحدوث</translation>
    </message>
    <message>
        <source>The date and time it happened.</source>
        <translation>تاريخ ووقت الحدوث.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Characters used</source>
        <translation>الأحرف المستخدمة</translation>
    </message>
    <message>
        <source>No unit chosen</source>
        <translation>لم تُختر أي وحدة</translation>
    </message>
    <message>
        <source>{used} / {limit} characters</source>
        <translation>{used} / {limit} حرف</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <source>What kind of feedback: praise, complaint, suggestion, question or other.</source>
        <translation>نوع الملاحظة: شكر، شكوى، اقتراح، سؤال أو غير ذلك.</translation>
    </message>
    <message>
        <source>What the feedback is about. Type to search the list.</source>
        <translation>موضوع الملاحظة. اكتب للبحث في القائمة.</translation>
    </message>
    <message>
        <source>What the resident said, in their own words (up to 10,000 characters).</source>
        <translation>ما قاله المقيم بكلماته (حتى ١٠٬٠٠٠ حرف).</translation>
    </message>
    <message>
        <source>Tick when the resident knows when it happened, then give the date and time.</source>
        <translation>ضع علامة إذا كان المقيم يعرف متى حدث ذلك، ثم أدخل التاريخ والوقت.</translation>
    </message>
    <message>
        <source>Where it happened, if the resident says (optional).</source>
        <translation>مكان الحدوث، إن ذكره المقيم (اختياري).</translation>
    </message>
    <message>
        <source>How the feedback reached the desk.</source>
        <translation>كيف وصلت الملاحظة إلى مكتب الاستقبال.</translation>
    </message>
    <message>
        <source>The language of the resident&apos;s receipt.</source>
        <translation>لغة إيصال المقيم.</translation>
    </message>
    <message>
        <source>Tick when the resident gives no contact details.</source>
        <translation>ضع علامة إذا لم يقدّم المقيم بيانات اتصال.</translation>
    </message>
    <message>
        <source>The resident&apos;s name.</source>
        <translation>اسم المقيم.</translation>
    </message>
    <message>
        <source>The resident&apos;s email address.</source>
        <translation>عنوان البريد الإلكتروني للمقيم.</translation>
    </message>
    <message>
        <source>The resident&apos;s phone number.</source>
        <translation>رقم هاتف المقيم.</translation>
    </message>
    <message>
        <source>The resident&apos;s postal address.</source>
        <translation>العنوان البريدي للمقيم.</translation>
    </message>
    <message>
        <source>Tick when the resident wants an answer.</source>
        <translation>ضع علامة إذا كان المقيم يريد ردًا.</translation>
    </message>
    <message>
        <source>How the answer should reach the resident.</source>
        <translation>كيف يصل الرد إلى المقيم.</translation>
    </message>
    <message>
        <source>Whether a worker records this for a resident or a relative.</source>
        <translation>هل يسجّل موظف هذه الملاحظة نيابة عن مقيم أو أحد أقاربه.</translation>
    </message>
    <message>
        <source>Who the feedback is for, e.g. room 12.</source>
        <translation>لمن الملاحظة، مثل الغرفة 12.</translation>
    </message>
    <message>
        <source>Tick once the resident has been told how their details are handled.</source>
        <translation>ضع علامة بعد إخبار المقيم بكيفية التعامل مع بياناته.</translation>
    </message>
    <message>
        <source>Your staff ID: who took this feedback.</source>
        <translation>رقمك الوظيفي: من استلم هذه الملاحظة.</translation>
    </message>
    <message>
        <source>Who gives the feedback: a resident, visitor, relative, guardian, pupil, business…</source>
        <translation>من يقدّم الملاحظة: مقيم، زائر، قريب، وليّ أمر، تلميذ، شركة…</translation>
    </message>
    <message>
        <source>The school, care home or other unit the feedback is about (optional).</source>
        <translation>المدرسة أو دار الرعاية أو الوحدة الأخرى التي تخصها الملاحظة (اختياري).</translation>
    </message>
    <message>
        <source>The provider the feedback is about, when the unit list does not have it.</source>
        <translation>مقدم الخدمة الذي تخصه الملاحظة، إن لم يكن في قائمة الوحدات.</translation>
    </message>
    <message>
        <source>Tick when someone with authority should see it today, and say why.</source>
        <translation>ضع علامة عندما يجب أن يراه مسؤول اليوم، واذكر السبب.</translation>
    </message>
    <message>
        <source>When the matter is not the municipality&apos;s: where the person should turn.</source>
        <translation>عندما لا تكون المسألة من اختصاص البلدية: إلى أين يتوجه الشخص.</translation>
    </message>
    <message>
        <source>Whom to contact there; the receipt tells the person.</source>
        <translation>بمن يتصل هناك؛ الإيصال يخبر الشخص بذلك.</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>النوع (&amp;K)</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>الفئة (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>ماذا حدث (&amp;W)</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>متى (&amp;H)</translation>
    </message>
    <message>
        <source>Whe&amp;re</source>
        <translation>أين (&amp;R)</translation>
    </message>
    <message>
        <source>Cha&amp;nnel</source>
        <translation>طريقة الاستلام (&amp;N)</translation>
    </message>
    <message>
        <source>Receipt lan&amp;guage</source>
        <translation>لغة الإيصال (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Anonymous</source>
        <translation>مجهول الهوية (&amp;A)</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>الاسم (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>البريد الإلكتروني (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>الهاتف (&amp;P)</translation>
    </message>
    <message>
        <source>Postal a&amp;ddress</source>
        <translation>العنوان البريدي (&amp;D)</translation>
    </message>
    <message>
        <source>Wants a repl&amp;y</source>
        <translation>يريد ردًا (&amp;Y)</translation>
    </message>
    <message>
        <source>Reply &amp;by</source>
        <translation>الرد عبر (&amp;B)</translation>
    </message>
    <message>
        <source>On behal&amp;f of</source>
        <translation>نيابة عن (&amp;F)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>ملاحظة داخلية (&amp;O)</translation>
    </message>
    <message>
        <source>Privacy notice g&amp;iven</source>
        <translation>تم إبلاغه بسياسة الخصوصية (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Staff ID</source>
        <translation>الرقم الوظيفي (&amp;S)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <source>&amp;Unit concerned</source>
        <translation>الوحدة المعنية (&amp;U)</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>مقدم الخدمة</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>الاستعجال</translation>
    </message>
    <message>
        <source>E&amp;xternal referral</source>
        <translation>إحالة خارجية (&amp;X)</translation>
    </message>
    <message>
        <source>Referral note</source>
        <translation>ملاحظة الإحالة</translation>
    </message>
    <message>
        <source>Sa&amp;ve and print receipt   (Ctrl+Enter)</source>
        <translation>حفظ وطباعة الإيصال (&amp;V)   (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Clear form   (Esc)</source>
        <translation>مسح النموذج (&amp;C)   (Esc)</translation>
    </message>
    <message>
        <source>Save and print receipt</source>
        <translation>حفظ وطباعة الإيصال</translation>
    </message>
    <message>
        <source>Saves the record and prints the receipt (Ctrl+Enter).</source>
        <translation>يحفظ الملاحظة ويطبع الإيصال (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>Clear form</source>
        <translation>مسح النموذج</translation>
    </message>
    <message>
        <source>Empties the form, asking first (Escape).</source>
        <translation>يفرغ النموذج بعد السؤال أولًا (Escape).</translation>
    </message>
    <message>
        <source>The form holds a record that is not saved.</source>
        <translation>في النموذج ملاحظة لم تُحفظ.</translation>
    </message>
    <message>
        <source>Discard this record?</source>
        <translation>هل تريد تجاهل هذه الملاحظة؟</translation>
    </message>
    <message>
        <source>Discard it?</source>
        <translation>هل تريد تجاهلها؟</translation>
    </message>
    <message numerus="yes">
        <source>%Ln thing(s) to fix before saving:</source>
        <translation>
            <numerusform>لا شيء لتصحيحه:</numerusform>
            <numerusform>أمر واحد يجب تصحيحه قبل الحفظ:</numerusform>
            <numerusform>أمران يجب تصحيحهما قبل الحفظ:</numerusform>
            <numerusform>%Ln أمور يجب تصحيحها قبل الحفظ:</numerusform>
            <numerusform>%Ln أمرًا يجب تصحيحه قبل الحفظ:</numerusform>
            <numerusform>%Ln أمر يجب تصحيحه قبل الحفظ:</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يتم الحفظ</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Praise</source>
        <translation>شكر</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>شكوى</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>اقتراح</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>سؤال</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>حضوريًا</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Paper form</source>
        <translation>نموذج ورقي</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>وسائل التواصل الاجتماعي</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>نموذج على الإنترنت</translation>
    </message>
    <message>
        <source>Meeting or dialogue</source>
        <translation>اجتماع أو حوار</translation>
    </message>
    <message>
        <source>In person (next visit)</source>
        <translation>شخصيًا (في الزيارة القادمة)</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>مقيم</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>زائر</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>قريب</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>وليّ أمر</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>تلميذ</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>شركة</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>منظمة أو جمعية</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>موظف</translation>
    </message>
    <message>
        <source>Not referred</source>
        <translation>لم يُحَل</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>الشرطة</translation>
    </message>
    <message>
        <source>Region (health care)</source>
        <translation>المنطقة (الرعاية الصحية)</translation>
    </message>
    <message>
        <source>Energy company</source>
        <translation>شركة الطاقة</translation>
    </message>
    <message>
        <source>Water company</source>
        <translation>شركة المياه</translation>
    </message>
    <message>
        <source>Public transport</source>
        <translation>النقل العام</translation>
    </message>
    <message>
        <source>State agency</source>
        <translation>جهة حكومية</translation>
    </message>
    <message>
        <source>No – the resident speaks for themself</source>
        <translation>لا – المقيم يتحدث عن نفسه</translation>
    </message>
    <message>
        <source>A resident (told to a worker)</source>
        <translation>مقيم (أخبر أحد الموظفين)</translation>
    </message>
    <message>
        <source>A relative of the resident</source>
        <translation>أحد أقارب المقيم</translation>
    </message>
    <message>
        <source>Staff, on a resident&apos;s behalf</source>
        <translation>موظف نيابة عن مقيم</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>شخص آخر</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>في انتظار الإرسال</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>جارٍ الإرسال</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>أُرسلت</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>تحتاج إلى متابعة</translation>
    </message>
    <message>
        <source>received</source>
        <translation>مستلمة</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>قيد المعالجة</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>تم الرد</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مرفوضة</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Feedback Desk cannot start</source>
        <translation>تعذّر تشغيل Feedback Desk</translation>
    </message>
    <message>
        <source>Settings problem: {problem}</source>
        <translation>مشكلة في الإعدادات: {problem}</translation>
    </message>
    <message>
        <source>Feedback Desk is already running</source>
        <translation>Feedback Desk يعمل بالفعل</translation>
    </message>
    <message>
        <source>Another Feedback Desk is using the data folder {folder} and does not answer. Close it (or restart the computer) and try again.</source>
        <translation>نسخة أخرى من Feedback Desk تستخدم مجلد البيانات {folder} ولا تستجيب. أغلقها (أو أعد تشغيل الحاسوب) ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Residents&apos; data is NOT encrypted on this computer: no system keyring is available, and IT allowed the desk to start without one.</source>
        <translation>بيانات السكان غير مشفرة على هذا الحاسوب: لا تتوفر حلقة مفاتيح في النظام، وقد سمح قسم تقنية المعلومات بتشغيل المكتب بدونها.</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>غير مشفر</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>تعذّر فتح قاعدة البيانات</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>The desk is locked</source>
        <translation>المكتب مقفل</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Personal data is hidden. Choose your name and type your PIN: you go on where you were.</source>
        <translation>البيانات الشخصية مخفية. اختر اسمك واكتب رمز PIN الخاص بك: ستتابع من حيث توقفت.</translation>
    </message>
    <message>
        <source>Choose your name and type your PIN.</source>
        <translation>اختر اسمك واكتب رمز PIN الخاص بك.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>تسجيل الدخول (&amp;S)</translation>
    </message>
    <message>
        <source>Personal data is hidden. You go on where you were.</source>
        <translation>البيانات الشخصية مخفية. ستتابع من حيث توقفت.</translation>
    </message>
    <message>
        <source>&amp;Continue as {worker}</source>
        <translation>المتابعة باسم {worker} (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>الاسم (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>رمز PIN (&amp;P)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Who is signing in.</source>
        <translation>من يسجّل الدخول.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>رمز PIN</translation>
    </message>
    <message>
        <source>Your PIN: 4 to 8 digits.</source>
        <translation>رمز PIN الخاص بك: من 4 إلى 8 أرقام.</translation>
    </message>
    <message>
        <source>No worker can sign in yet: IT adds workers with “desk-app worker add”.</source>
        <translation>لا يمكن لأي موظف تسجيل الدخول بعد: يضيف قسم تقنية المعلومات الموظفين باستخدام «desk-app worker add».</translation>
    </message>
    <message>
        <source>This worker cannot sign in here.</source>
        <translation>لا يمكن لهذا الموظف تسجيل الدخول هنا.</translation>
    </message>
    <message>
        <source>Wrong PIN, or too many tries: try again after {time}.</source>
        <translation>رمز PIN خاطئ، أو محاولات كثيرة جدًا: حاول مجددًا بعد {time}.</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>رمز PIN خاطئ. حاول مجددًا.</translation>
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
        <translation>ملاحظة جديدة  (Ctrl+1)</translation>
    </message>
    <message>
        <source>Queue  (Ctrl+2)</source>
        <translation>القائمة  (Ctrl+2)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>New record (Ctrl+1), the queue (Ctrl+2) or the statistics (Ctrl+3).</source>
        <translation>ملاحظة جديدة (Ctrl+1) أو القائمة (Ctrl+2) أو الإحصاءات (Ctrl+3).</translation>
    </message>
    <message>
        <source>Record what a resident says (Ctrl+1).</source>
        <translation>سجّل ما يقوله المقيم (Ctrl+1).</translation>
    </message>
    <message>
        <source>Every record on this desk and its sync state (Ctrl+2).</source>
        <translation>كل الملاحظات في هذا المكتب وحالة إرسالها (Ctrl+2).</translation>
    </message>
    <message>
        <source>Statistics  (Ctrl+3)</source>
        <translation>الإحصاءات  (Ctrl+3)</translation>
    </message>
    <message>
        <source>Records and visitors&apos; ratings over a period, as charts and tables.</source>
        <translation>الملاحظات وتقييمات الزوار خلال فترة، في رسوم بيانية وجداول.</translation>
    </message>
    <message>
        <source>Too&amp;ls</source>
        <translation>أدوات (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>مزامنة الآن (&amp;S)</translation>
    </message>
    <message>
        <source>A &amp;person&apos;s records…</source>
        <translation>ملاحظات شخص ما… (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإعدادات… (&amp;E)</translation>
    </message>
    <message>
        <source>Lock the des&amp;k</source>
        <translation>قفل المكتب (&amp;K)</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>سجل التدقيق… (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>تقرير… (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Workers and PINs…</source>
        <translation>الموظفون ورموز PIN… (&amp;W)</translation>
    </message>
    <message>
        <source>Change &amp;my PIN…</source>
        <translation>تغيير رمز PIN الخاص بي… (&amp;M)</translation>
    </message>
    <message>
        <source>Case system &amp;access token…</source>
        <translation>رمز الوصول إلى نظام القضايا… (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Rate a visit</source>
        <translation>تقييم زيارة (&amp;R)</translation>
    </message>
    <message>
        <source>Turn the screen to the visitor to rate the visit.</source>
        <translation>أدر الشاشة نحو الزائر ليقيّم الزيارة.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج (&amp;Q)</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>Only a supervisor may read the audit trail.</source>
        <translation>لا يحق قراءة سجل التدقيق إلا للمشرف.</translation>
    </message>
    <message>
        <source>Workers and PINs</source>
        <translation>الموظفون ورموز PIN</translation>
    </message>
    <message>
        <source>Only a supervisor may add workers and set their PINs.</source>
        <translation>لا يحق إلا للمشرف إضافة الموظفين وتعيين رموز PIN الخاصة بهم.</translation>
    </message>
    <message>
        <source>No case system</source>
        <translation>لا يوجد نظام قضايا</translation>
    </message>
    <message>
        <source>IT has not set the case system&apos;s address (api.url) on this desk.</source>
        <translation>لم يضبط قسم تقنية المعلومات عنوان نظام القضايا (api.url) على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Case system access token</source>
        <translation>رمز الوصول إلى نظام القضايا</translation>
    </message>
    <message>
        <source>Access token for {address}
(kept in the system&apos;s keyring, never in a file):</source>
        <translation>رمز الوصول إلى {address}
(يُحفظ في سلسلة مفاتيح النظام، وليس في ملف أبدًا):</translation>
    </message>
    <message>
        <source>Token not stored</source>
        <translation>لم يُحفظ الرمز</translation>
    </message>
    <message>
        <source>Saved, but no receipt</source>
        <translation>تم الحفظ دون إيصال</translation>
    </message>
    <message>
        <source>Saved as {reference}. The receipt could not be made ({reason}); write the reference down for the resident and reprint it from the queue later.</source>
        <translation>حُفظت برقم {reference}. تعذّر إنشاء الإيصال ({reason})؛ اكتب الرقم المرجعي للمقيم وأعد طباعة الإيصال من القائمة لاحقًا.</translation>
    </message>
    <message>
        <source>Quit Feedback Desk?</source>
        <translation>هل تريد الخروج من Feedback Desk؟</translation>
    </message>
    <message>
        <source>Quit and discard it?</source>
        <translation>هل تريد الخروج وتجاهلها؟</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Reference</source>
        <translation>الرقم المرجعي</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>الاستلام</translation>
    </message>
    <message>
        <source>Received by (staff ID)</source>
        <translation>استلمها (رقم الموظف)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>طريقة الاستلام</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>وقت الحدوث</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>مجهول الهوية</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>العنوان البريدي</translation>
    </message>
    <message>
        <source>Preferred contact</source>
        <translation>طريقة التواصل المفضلة</translation>
    </message>
    <message>
        <source>Wants a reply</source>
        <translation>يريد ردًا</translation>
    </message>
    <message>
        <source>On behalf of</source>
        <translation>نيابة عن</translation>
    </message>
    <message>
        <source>On-behalf note</source>
        <translation>ملاحظة عن النيابة</translation>
    </message>
    <message>
        <source>Privacy notice given</source>
        <translation>تم الإبلاغ بسياسة الخصوصية</translation>
    </message>
    <message>
        <source>May be contacted</source>
        <translation>يمكن التواصل معه</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>مقدَّم من</translation>
    </message>
    <message>
        <source>Unit concerned</source>
        <translation>الوحدة المعنية</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>مقدّم الخدمة</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>أُحيل إلى</translation>
    </message>
    <message>
        <source>Referral note</source>
        <translation>ملاحظة الإحالة</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>عاجل</translation>
    </message>
    <message>
        <source>First response by</source>
        <translation>الرد الأول بحلول</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>حالة الإرسال</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>تم التسليم</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>رقم القضية</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>حالة القضية</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>حُذفت البيانات الشخصية</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>البيانات الشخصية</translation>
    </message>
    <message>
        <source>A person&apos;s records</source>
        <translation>ملاحظات شخص ما</translation>
    </message>
    <message>
        <source>Name, email, phone or reference</source>
        <translation>الاسم أو البريد الإلكتروني أو الهاتف أو الرقم المرجعي</translation>
    </message>
    <message>
        <source>&amp;Look for:</source>
        <translation>ابحث عن (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>بحث (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Matching records:</source>
        <translation>الملاحظات المطابقة (&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Show everything held</source>
        <translation>اعرض كل ما هو محفوظ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Print a copy…</source>
        <translation>اطبع نسخة… (&amp;P)</translation>
    </message>
    <message>
        <source>Save a copy as P&amp;DF…</source>
        <translation>احفظ نسخة بصيغة PDF… (&amp;D)</translation>
    </message>
    <message>
        <source>Co&amp;rrect contact details…</source>
        <translation>صحّح بيانات الاتصال… (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Erase personal data…</source>
        <translation>احذف البيانات الشخصية… (&amp;E)</translation>
    </message>
    <message>
        <source>Look for</source>
        <translation>ابحث عن</translation>
    </message>
    <message>
        <source>A resident&apos;s name, email, phone number or a record&apos;s reference; Enter finds.</source>
        <translation>اسم الساكن أو بريده الإلكتروني أو رقم هاتفه، أو الرقم المرجعي لملاحظة؛ Enter يبحث.</translation>
    </message>
    <message>
        <source>Matching records</source>
        <translation>الملاحظات المطابقة</translation>
    </message>
    <message>
        <source>Reference, date, kind and state only. Enter shows everything held.</source>
        <translation>الرقم المرجعي والتاريخ والنوع والحالة فقط. Enter يعرض كل ما هو محفوظ.</translation>
    </message>
    <message>
        <source>Everything held</source>
        <translation>كل ما هو محفوظ</translation>
    </message>
    <message>
        <source>Every field the desk holds about the shown record.</source>
        <translation>كل ما يحفظه المكتب عن الملاحظة المعروضة.</translation>
    </message>
    <message>
        <source>Closes this window.</source>
        <translation>يغلق هذه النافذة.</translation>
    </message>
    <message>
        <source>Finds the records that match.</source>
        <translation>يبحث عن الملاحظات المطابقة.</translation>
    </message>
    <message>
        <source>Shows everything held about the selected record.</source>
        <translation>يعرض كل ما هو محفوظ عن الملاحظة المختارة.</translation>
    </message>
    <message>
        <source>Prints a copy of everything held, for the resident.</source>
        <translation>يطبع نسخة من كل ما هو محفوظ للساكن.</translation>
    </message>
    <message>
        <source>Saves a copy of everything held as a PDF file.</source>
        <translation>يحفظ نسخة من كل ما هو محفوظ كملف PDF.</translation>
    </message>
    <message>
        <source>Corrects the name, email, phone or postal address of the selected record.</source>
        <translation>يصحّح الاسم أو البريد الإلكتروني أو الهاتف أو العنوان البريدي للسجل المحدد.</translation>
    </message>
    <message>
        <source>Erases the personal data of the selected record, after asking.</source>
        <translation>يحذف البيانات الشخصية للملاحظة المختارة بعد السؤال.</translation>
    </message>
    <message>
        <source>Type a name, email, phone number or reference first.</source>
        <translation>اكتب أولًا اسمًا أو بريدًا إلكترونيًا أو رقم هاتف أو رقمًا مرجعيًا.</translation>
    </message>
    <message>
        <source>The records could not be searched: {reason}</source>
        <translation>تعذّر البحث في الملاحظات: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) found.</source>
        <translation>
            <numerusform>لم يُعثر على أي ملاحظة.</numerusform>
            <numerusform>عُثر على ملاحظة واحدة.</numerusform>
            <numerusform>عُثر على ملاحظتين.</numerusform>
            <numerusform>عُثر على %Ln ملاحظات.</numerusform>
            <numerusform>عُثر على %Ln ملاحظة.</numerusform>
            <numerusform>عُثر على %Ln ملاحظة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>محذوفة</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>محفوظة</translation>
    </message>
    <message>
        <source>The record could not be read: {reason}</source>
        <translation>تعذّرت قراءة الملاحظة: {reason}</translation>
    </message>
    <message>
        <source>Select a record and press Show to see everything held about it.</source>
        <translation>اختر ملاحظة واضغط «اعرض» لترى كل ما هو محفوظ عنها.</translation>
    </message>
    <message>
        <source>Everything held about {reference}:</source>
        <translation>كل ما هو محفوظ عن {reference}:</translation>
    </message>
    <message>
        <source>{field} of this record</source>
        <translation>{field} لهذه الملاحظة</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>Case system request</source>
        <translation>طلب إلى نظام القضايا</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>أرسل &amp;مجددًا</translation>
    </message>
    <message>
        <source>Settled with the case system</source>
        <translation>سُوّي مع نظام القضايا</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>أرسل مجددًا</translation>
    </message>
    <message>
        <source>Sends the refused request to the case system again at the next sync.</source>
        <translation>يرسل الطلب المرفوض إلى نظام القضايا مجددًا في المزامنة التالية.</translation>
    </message>
    <message>
        <source>The case system&apos;s administrators have dealt with it: the desk stops asking and forgets the request&apos;s new details.</source>
        <translation>تولّى مسؤولو نظام القضايا الأمر: يتوقف المكتب عن الطلب وينسى التفاصيل الجديدة للطلب.</translation>
    </message>
    <message>
        <source>The request could not be changed: {reason}</source>
        <translation>تعذّر تغيير الطلب: {reason}</translation>
    </message>
    <message>
        <source>Marked as settled: the desk will not send it.</source>
        <translation>وُضعت علامة على أنه سُوّي: لن يرسله المكتب.</translation>
    </message>
    <message>
        <source>It will be sent to the case system at the next sync.</source>
        <translation>سيُرسل إلى نظام القضايا في المزامنة التالية.</translation>
    </message>
    <message>
        <source>The request was no longer refused; nothing changed.</source>
        <translation>لم يعد الطلب مرفوضًا؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Refused by the case system: {references}. Look one up to send it again or to mark it settled.</source>
        <translation>رفضها نظام القضايا: {references}. ابحث عن أحدها لإرساله مرة أخرى أو لوضع علامة على أنه سُوّي.</translation>
    </message>
    <message>
        <source>Correction of the contact details</source>
        <translation>تصحيح بيانات الاتصال</translation>
    </message>
    <message>
        <source>Erasure of the personal data</source>
        <translation>محو البيانات الشخصية</translation>
    </message>
    <message>
        <source>{what}: sent to the case system {when}.</source>
        <translation>{what}: أُرسل إلى نظام القضايا في {when}.</translation>
    </message>
    <message>
        <source>{what}: refused by the case system, needs attention ({reason}).</source>
        <translation>{what}: رفضه نظام القضايا، ويحتاج إلى متابعة ({reason}).</translation>
    </message>
    <message>
        <source>{what}: this case system does not accept it; ask the administrators of {system}.</source>
        <translation>{what}: نظام القضايا هذا لا يقبله؛ اطلب ذلك من مسؤولي {system}.</translation>
    </message>
    <message>
        <source>{what}: nothing to send to the case system.</source>
        <translation>{what}: لا شيء لإرساله إلى نظام القضايا.</translation>
    </message>
    <message>
        <source>{what}: will be sent to the case system at the next sync, or when the connection is back.</source>
        <translation>{what}: سيُرسل إلى نظام القضايا عند المزامنة التالية، أو عند عودة الاتصال.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Not printed: {reason}</source>
        <translation>لم تتم الطباعة: {reason}</translation>
    </message>
    <message>
        <source>Copy saved as {path}.</source>
        <translation>حُفظت النسخة في {path}.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The contact details of {reference} are corrected on this desk. The correction will be sent to the case system (case {case}) at the next sync, or when the connection is back.</source>
        <translation>صُحّحت بيانات الاتصال في {reference} على هذا المكتب. سيُرسل التصحيح إلى نظام القضايا (القضية {case}) عند المزامنة التالية، أو عند عودة الاتصال.</translation>
    </message>
    <message>
        <source>The contact details of {reference} are corrected on this desk. This case system does not accept corrections: ask the administrators of {system} to correct them in case {case} too.</source>
        <translation>صُحّحت بيانات الاتصال في {reference} على هذا المكتب. نظام القضايا هذا لا يقبل التصحيحات: اطلب من مسؤولي {system} تصحيحها في القضية {case} أيضًا.</translation>
    </message>
    <message>
        <source>The contact details of {reference} are corrected on this desk. The record had been delivered to the case system (case {case}), which still holds the old ones: ask the case system&apos;s administrators to correct them there too.</source>
        <translation>صُحِّحت بيانات الاتصال الخاصة بـ {reference} على هذا المكتب. كان السجل قد سُلِّم إلى نظام القضايا (القضية {case}) الذي ما زال يحتفظ بالبيانات القديمة: اطلب من مسؤولي نظام القضايا تصحيحها هناك أيضًا.</translation>
    </message>
    <message>
        <source>The contact details of {reference} are corrected. The case system will get the corrected details when the record is sent.</source>
        <translation>صُحِّحت بيانات الاتصال الخاصة بـ {reference}. سيتلقى نظام القضايا البيانات المصحَّحة عند إرسال السجل.</translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>لم يُحذف شيء.</translation>
    </message>
    <message>
        <source>Nothing was erased: {reason}</source>
        <translation>لم يُحذف شيء: {reason}</translation>
    </message>
    <message>
        <source>Nothing was erased: the record is no longer on this desk.</source>
        <translation>لم يُحذف شيء: لم تعد الملاحظة في هذا المكتب.</translation>
    </message>
    <message>
        <source>Erase the personal data of {reference}?

Erased: the name, email, phone number, postal address, the description of what happened and the on-behalf note.
Kept: the reference, the dates, the kind, category and place, and the case number, so the statistics and the case stay whole.

This cannot be undone.</source>
        <translation>هل تُحذف البيانات الشخصية لـ {reference}؟

يُحذف: الاسم والبريد الإلكتروني ورقم الهاتف والعنوان البريدي ووصف ما حدث وملاحظة النيابة.
يبقى: الرقم المرجعي والتواريخ والنوع والفئة والمكان ورقم القضية، لتبقى الإحصاءات والقضية كاملة.

لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>This record was delivered to the case system: the desk asks it to erase its copy too, or tells you whom to ask when it does not accept erasures.</source>
        <translation>سُلّم هذا السجل إلى نظام القضايا: يطلب المكتب منه محو نسخته أيضًا، أو يخبرك بمن تسأل إذا كان لا يقبل المحو.</translation>
    </message>
    <message>
        <source>Erase personal data?</source>
        <translation>حذف البيانات الشخصية؟</translation>
    </message>
    <message>
        <source>&amp;Erase personal data</source>
        <translation>احذف البيانات الشخصية (&amp;E)</translation>
    </message>
    <message>
        <source>The personal data of {reference} had already been erased.</source>
        <translation>كانت البيانات الشخصية لـ {reference} قد حُذفت من قبل.</translation>
    </message>
    <message>
        <source>The personal data of {reference} is erased. It had not been delivered and will not be sent.</source>
        <translation>حُذفت البيانات الشخصية لـ {reference}. لم تكن الملاحظة قد سُلّمت ولن تُرسل.</translation>
    </message>
    <message>
        <source>The personal data of {reference} is erased on this desk. The erasure will be sent to the case system (case {case}) at the next sync, or when the connection is back.</source>
        <translation>مُحيت البيانات الشخصية في {reference} على هذا المكتب. سيُرسل طلب المحو إلى نظام القضايا (القضية {case}) عند المزامنة التالية، أو عند عودة الاتصال.</translation>
    </message>
    <message>
        <source>The personal data of {reference} is erased, here and in the case system (case {case}).</source>
        <translation>مُحيت البيانات الشخصية في {reference}، هنا وفي نظام القضايا (القضية {case}).</translation>
    </message>
    <message>
        <source>The personal data of {reference} is erased on this desk. This case system does not accept erasures: ask the administrators of {system} to erase it in case {case} too.</source>
        <translation>مُحيت البيانات الشخصية في {reference} على هذا المكتب. نظام القضايا هذا لا يقبل المحو: اطلب من مسؤولي {system} محوها في القضية {case} أيضًا.</translation>
    </message>
    <message>
        <source>The personal data of {reference} is erased on this desk. The record had been delivered to the case system (case {case}), which still holds a copy: ask the case system&apos;s administrators to erase it there too. This desk cannot.</source>
        <translation>حُذفت البيانات الشخصية لـ {reference} في هذا المكتب. كانت الملاحظة قد سُلّمت إلى نظام القضايا (القضية {case}) الذي ما زال يحتفظ بنسخة: اطلب من مسؤولي نظام القضايا حذفها هناك أيضًا. هذا المكتب لا يستطيع ذلك.</translation>
    </message>
    <message>
        <source>Ask the case system too</source>
        <translation>اطلب من نظام القضايا أيضًا</translation>
    </message>
</context>
<context>
    <name>PinEntryDialog</name>
    <message>
        <source>Add a worker</source>
        <translation>إضافة موظف</translation>
    </message>
    <message>
        <source>The worker signs in with this PIN on the lock screen. Tell it to them in person; they can change it themselves from the Tools menu.</source>
        <translation>يسجّل الموظف دخوله بهذا الرمز في شاشة القفل. أخبره به شخصيًا؛ ويمكنه تغييره بنفسه من قائمة الأدوات.</translation>
    </message>
    <message>
        <source>New PIN for {worker}</source>
        <translation>رمز PIN جديد لـ {worker}</translation>
    </message>
    <message>
        <source>The old PIN stops working at once, and wrong tries so far are forgotten.</source>
        <translation>يتوقف رمز PIN القديم عن العمل فورًا، وتُنسى المحاولات الخاطئة حتى الآن.</translation>
    </message>
    <message>
        <source>Worker &amp;ID:</source>
        <translation>معرّف الموظف: (&amp;I)</translation>
    </message>
    <message>
        <source>Their staff ID, as on the form.</source>
        <translation>معرّف الموظف، كما في النموذج.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الاسم: (&amp;N)</translation>
    </message>
    <message>
        <source>How the sign-in list shows them (may be left empty).</source>
        <translation>كما تعرضه قائمة تسجيل الدخول (يمكن تركه فارغًا).</translation>
    </message>
    <message>
        <source>New &amp;PIN:</source>
        <translation>رمز PIN الجديد: (&amp;P)</translation>
    </message>
    <message>
        <source>4 to 8 digits.</source>
        <translation>من 4 إلى 8 أرقام.</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>رمز PIN مرة أخرى: (&amp;A)</translation>
    </message>
    <message>
        <source>The same PIN again.</source>
        <translation>رمز PIN نفسه مرة أخرى.</translation>
    </message>
    <message>
        <source>Saves the PIN; this is written to the audit trail.</source>
        <translation>يحفظ رمز PIN؛ ويُسجَّل ذلك في سجل التدقيق.</translation>
    </message>
    <message>
        <source>Closes without changing anything.</source>
        <translation>يغلق دون تغيير أي شيء.</translation>
    </message>
    <message>
        <source>A worker ID is 1 to 100 characters without spaces.</source>
        <translation>معرّف الموظف من 1 إلى 100 حرف دون مسافات.</translation>
    </message>
    <message>
        <source>This ID is already a worker here.</source>
        <translation>هذا المعرّف مستخدم بالفعل لموظف هنا.</translation>
    </message>
</context>
<context>
    <name>PinRules</name>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>رمز PIN من 4 إلى 8 أرقام.</translation>
    </message>
    <message>
        <source>The two PINs differ: type the same PIN twice.</source>
        <translation>رمزا PIN مختلفان: اكتب الرمز نفسه مرتين.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>No printer is set up on this computer. Save the receipt as PDF, or ask IT to set up a default printer.</source>
        <translation>لا توجد طابعة مثبّتة على هذا الحاسوب. احفظ الإيصال بصيغة PDF، أو اطلب من قسم تقنية المعلومات تثبيت طابعة افتراضية.</translation>
    </message>
    <message>
        <source>The printer &apos;{name}&apos; cannot be used right now.</source>
        <translation>لا يمكن استخدام الطابعة «{name}» الآن.</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>The personal data of this record is erased: nothing to correct.</source>
        <translation>حُذفت البيانات الشخصية لهذا السجل: لا يوجد ما يُصحَّح.</translation>
    </message>
    <message>
        <source>This record was given anonymously: it holds no contact details.</source>
        <translation>قُدِّم هذا السجل دون اسم: لا يحتوي على بيانات اتصال.</translation>
    </message>
</context>
<context>
    <name>PromiseReminder</name>
    <message numerus="yes">
        <source>%Ln record(s) near their first-response deadline have not reached the case system yet.</source>
        <translation>
            <numerusform>لا توجد ملاحظات اقترب موعد الرد الأول عليها ولم تصل بعد إلى نظام القضايا.</numerusform>
            <numerusform>ملاحظة واحدة اقترب موعد الرد الأول عليها ولم تصل بعد إلى نظام القضايا.</numerusform>
            <numerusform>ملاحظتان اقترب موعد الرد الأول عليهما ولم تصلا بعد إلى نظام القضايا.</numerusform>
            <numerusform>%Ln ملاحظات اقترب موعد الرد الأول عليها ولم تصل بعد إلى نظام القضايا.</numerusform>
            <numerusform>%Ln ملاحظة اقترب موعد الرد الأول عليها ولم تصل بعد إلى نظام القضايا.</numerusform>
            <numerusform>%Ln ملاحظة اقترب موعد الرد الأول عليها ولم تصل بعد إلى نظام القضايا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) past their first-response deadline have not reached the case system.</source>
        <translation>
            <numerusform>لا توجد ملاحظات فات موعد الرد الأول عليها ولم تصل إلى نظام القضايا.</numerusform>
            <numerusform>ملاحظة واحدة فات موعد الرد الأول عليها ولم تصل إلى نظام القضايا.</numerusform>
            <numerusform>ملاحظتان فات موعد الرد الأول عليهما ولم تصلا إلى نظام القضايا.</numerusform>
            <numerusform>%Ln ملاحظات فات موعد الرد الأول عليها ولم تصل إلى نظام القضايا.</numerusform>
            <numerusform>%Ln ملاحظة فات موعد الرد الأول عليها ولم تصل إلى نظام القضايا.</numerusform>
            <numerusform>%Ln ملاحظة فات موعد الرد الأول عليها ولم تصل إلى نظام القضايا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the network connection and press Sync now (F5). If the records still do not go, call the case system and give them the references marked in the queue&apos;s Deadline column, so the residents hear from someone in time.</source>
        <translation>تحقق من الاتصال بالشبكة واضغط «مزامنة الآن» (F5). إذا لم تُرسَل الملاحظات بعد ذلك، فاتصل بالمسؤولين عن نظام القضايا وأعطهم الأرقام المرجعية المعلَّمة في عمود «موعد الرد» في القائمة، حتى يتلقى السكان ردًا في الوقت المحدد.</translation>
    </message>
    <message>
        <source>Reply promises at risk</source>
        <translation>وعود بالرد معرّضة للخطر</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>{date} – at risk</source>
        <translation>{date} – معرّض للخطر</translation>
    </message>
    <message>
        <source>{date} – past</source>
        <translation>{date} – فات الموعد</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>الرقم المرجعي</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>الاستلام</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>حالة الإرسال</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>موعد الرد</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ماذا حدث</translation>
    </message>
    <message>
        <source>No reply promised: no deadline</source>
        <translation>لم يُوعد برد: لا يوجد موعد</translation>
    </message>
    <message>
        <source>The first-response date the case system set</source>
        <translation>موعد الرد الأول الذي حدده نظام القضايا</translation>
    </message>
    <message>
        <source>Not yet with the case system: check the network and sync, or call the case system so the resident hears from someone in time</source>
        <translation>لم تصل بعد إلى نظام القضايا: تحقق من الشبكة وزامن، أو اتصل بالمسؤولين عن نظام القضايا حتى يتلقى الساكن ردًا في الوقت المحدد</translation>
    </message>
    <message>
        <source>The first-response date this desk promised</source>
        <translation>موعد الرد الأول الذي وعد به هذا المكتب</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>Reference, case number or words from the description</source>
        <translation>الرقم المرجعي أو رقم القضية أو كلمات من الوصف</translation>
    </message>
    <message>
        <source>Se&amp;arch</source>
        <translation>بحث (&amp;A)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Find records by reference, case number or words.</source>
        <translation>ابحث عن الملاحظات بالرقم المرجعي أو رقم القضية أو الكلمات.</translation>
    </message>
    <message>
        <source>Records on this desk</source>
        <translation>الملاحظات في هذا المكتب</translation>
    </message>
    <message>
        <source>Newest first. Enter opens the selected record; it can be reprinted from there.</source>
        <translation>الأحدث أولًا. يفتح Enter الملاحظة المحددة، ويمكن إعادة طباعة إيصالها من هناك.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) shown</source>
        <translation>
            <numerusform>لا توجد ملاحظات معروضة</numerusform>
            <numerusform>ملاحظة واحدة معروضة</numerusform>
            <numerusform>ملاحظتان معروضتان</numerusform>
            <numerusform>%Ln ملاحظات معروضة</numerusform>
            <numerusform>%Ln ملاحظة معروضة</numerusform>
            <numerusform>%Ln ملاحظة معروضة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatingScreen</name>
    <message>
        <source>Back to the desk</source>
        <translation>العودة إلى المكتب</translation>
    </message>
    <message>
        <source>Give the screen back to the staff without rating (Escape).</source>
        <translation>إعادة الشاشة إلى الموظفين دون تقييم (Escape).</translation>
    </message>
    <message>
        <source>Rating not saved</source>
        <translation>لم يُحفظ التقييم</translation>
    </message>
    <message>
        <source>A visitor&apos;s answers were not kept. {reason}</source>
        <translation>لم تُحفظ إجابات أحد الزوار. {reason}</translation>
    </message>
    <message>
        <source>How was your visit? Choose your language.</source>
        <translation>كيف كانت زيارتك؟ اختر لغتك.</translation>
    </message>
    <message>
        <source>How were you treated?</source>
        <translation>كيف تمت معاملتك؟</translation>
    </message>
    <message>
        <source>Did you get an answer to what you came for?</source>
        <translation>هل حصلت على إجابة عمّا جئت من أجله؟</translation>
    </message>
    <message>
        <source>How was the wait?</source>
        <translation>كيف كان وقت الانتظار؟</translation>
    </message>
    <message>
        <source>Overall, how was your visit?</source>
        <translation>بشكل عام، كيف كانت زيارتك؟</translation>
    </message>
    <message>
        <source>Very bad</source>
        <translation>سيئ جدًا</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>سيئ</translation>
    </message>
    <message>
        <source>Neither good nor bad</source>
        <translation>لا جيد ولا سيئ</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>جيد</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>جيد جدًا</translation>
    </message>
    <message>
        <source>{score} of {highest}: {word}</source>
        <translation>{score} من {highest}: {word}</translation>
    </message>
    <message>
        <source>Question {number} of {count}</source>
        <translation>السؤال {number} من {count}</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Go back to the previous question (Escape).</source>
        <translation>الرجوع إلى السؤال السابق (Escape).</translation>
    </message>
    <message>
        <source>Touch a face, or press a number from 1 (very bad) to 5 (very good).</source>
        <translation>المس وجهًا، أو اضغط رقمًا من ١ (سيئ جدًا) إلى ٥ (جيد جدًا).</translation>
    </message>
    <message>
        <source>Anything you want to add? (optional)</source>
        <translation>هل تريد إضافة شيء؟ (اختياري)</translation>
    </message>
    <message>
        <source>Your answers are anonymous: please do not write your name or contact details.</source>
        <translation>إجاباتك مجهولة الهوية: يرجى عدم كتابة اسمك أو بيانات الاتصال بك.</translation>
    </message>
    <message>
        <source>Your comment</source>
        <translation>تعليقك</translation>
    </message>
    <message>
        <source>{count} of {limit} characters</source>
        <translation>{count} من {limit} حرف</translation>
    </message>
    <message>
        <source>{count} of {limit} characters: please shorten your comment to send it.</source>
        <translation>{count} من {limit} حرف: يرجى اختصار تعليقك لإرساله.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>Send your answers and the comment (Ctrl+Enter).</source>
        <translation>إرسال إجاباتك والتعليق (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>تخطي</translation>
    </message>
    <message>
        <source>Send your answers without a comment.</source>
        <translation>إرسال إجاباتك دون تعليق.</translation>
    </message>
    <message>
        <source>Thank you for your answers!</source>
        <translation>شكرًا على إجاباتك!</translation>
    </message>
    <message>
        <source>The screen goes back to the staff in a moment.</source>
        <translation>ستعود الشاشة إلى الموظفين بعد لحظة.</translation>
    </message>
    <message>
        <source>Sorry, your answers could not be saved. Please tell the staff.</source>
        <translation>عذرًا، تعذّر حفظ إجاباتك. يرجى إبلاغ الموظفين.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Give the screen back to the staff now (Enter).</source>
        <translation>إعادة الشاشة إلى الموظفين الآن (Enter).</translation>
    </message>
</context>
<context>
    <name>ReceiptActions</name>
    <message>
        <source>Printing is switched off on this desk.</source>
        <translation>الطباعة متوقفة في هذا المكتب.</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>طباعة الإيصال</translation>
    </message>
    <message>
        <source>Not printed.</source>
        <translation>لم تتم الطباعة.</translation>
    </message>
    <message>
        <source>Receipt sent to the printer {name}.</source>
        <translation>أُرسل الإيصال إلى الطابعة {name}.</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>حفظ الإيصال بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Saved</source>
        <translation>تم الحفظ</translation>
    </message>
    <message>
        <source>Saved. The reference number is:</source>
        <translation>تم الحفظ. الرقم المرجعي هو:</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>الرقم المرجعي</translation>
    </message>
    <message>
        <source>Give this number to the resident; it is also on the receipt.</source>
        <translation>أعطِ هذا الرقم للمقيم؛ وهو مطبوع على الإيصال أيضًا.</translation>
    </message>
    <message>
        <source>&amp;Next person   (Enter)</source>
        <translation>الشخص التالي (&amp;N)   (Enter)</translation>
    </message>
    <message>
        <source>&amp;Print again</source>
        <translation>طباعة مرة أخرى (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>طباعة (&amp;P)</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>حفظ بصيغة PDF… (&amp;D)</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>الشخص التالي</translation>
    </message>
    <message>
        <source>Closes this and empties the form (Enter).</source>
        <translation>يغلق هذا ويفرغ النموذج (Enter).</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>Prints the receipt (again).</source>
        <translation>يطبع الإيصال (مرة أخرى).</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
        <source>Saves the receipt as a PDF file.</source>
        <translation>يحفظ الإيصال كملف PDF.</translation>
    </message>
    <message>
        <source>Printing is switched off on this desk.</source>
        <translation>الطباعة متوقفة في هذا المكتب.</translation>
    </message>
    <message>
        <source>Not printed: {reason}</source>
        <translation>لم تتم الطباعة: {reason}</translation>
    </message>
    <message>
        <source>Receipt saved as {path}.</source>
        <translation>حُفظ الإيصال في {path}.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Record {reference}</source>
        <translation>الملاحظة {reference}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Yes, by {method}</source>
        <translation>نعم، عبر {method}</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>الرقم المرجعي</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>الاستلام</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ماذا حدث</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>أين</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>طريقة الاستلام</translation>
    </message>
    <message>
        <source>Receipt language</source>
        <translation>لغة الإيصال</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>مجهول الهوية</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>العنوان البريدي</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>الرد</translation>
    </message>
    <message>
        <source>On behalf of</source>
        <translation>نيابة عن</translation>
    </message>
    <message>
        <source>Privacy notice given</source>
        <translation>تم الإبلاغ بسياسة الخصوصية</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>مقدَّم من</translation>
    </message>
    <message>
        <source>Unit concerned</source>
        <translation>الوحدة المعنية</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>أُحيل إلى</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>عاجل</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>استلمها</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>حالة الإرسال</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>حالة القضية</translation>
    </message>
    <message>
        <source>{field} of this record</source>
        <translation>{field} لهذه الملاحظة</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>&amp;Reprint receipt (COPY)</source>
        <translation>إعادة طباعة الإيصال (نسخة) (&amp;R)</translation>
    </message>
    <message>
        <source>Save copy as P&amp;DF…</source>
        <translation>حفظ نسخة بصيغة PDF… (&amp;D)</translation>
    </message>
    <message>
        <source>Correct and send &amp;again…</source>
        <translation>تصحيح وإرسال مرة أخرى… (&amp;A)</translation>
    </message>
    <message>
        <source>Opens the record in the form to correct it, then sends it again.</source>
        <translation>يفتح الملاحظة في النموذج لتصحيحها، ثم يرسلها مرة أخرى.</translation>
    </message>
    <message>
        <source>Closes the record.</source>
        <translation>يغلق الملاحظة.</translation>
    </message>
    <message>
        <source>Prints the receipt again, marked COPY.</source>
        <translation>يطبع الإيصال مرة أخرى مع علامة «نسخة».</translation>
    </message>
    <message>
        <source>Saves the receipt, marked COPY, as a PDF file.</source>
        <translation>يحفظ الإيصال مع علامة «نسخة» كملف PDF.</translation>
    </message>
    <message>
        <source>{question} (no longer asked)</source>
        <translation>{question} (لم يعد يُطرح)</translation>
    </message>
    <message>
        <source>Not printed: {reason}</source>
        <translation>لم تتم الطباعة: {reason}</translation>
    </message>
    <message>
        <source>Copy saved as {path}.</source>
        <translation>حُفظت النسخة في {path}.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report</source>
        <translation>تقرير</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>من (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>إلى (&amp;T)</translation>
    </message>
    <message>
        <source>Count &amp;per</source>
        <translation>العدّ حسب (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>اللغة (&amp;L)</translation>
    </message>
    <message>
        <source>Save &amp;as</source>
        <translation>حفظ باسم (&amp;A)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>يوم</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>PDF (A4, charts and tables)</source>
        <translation>PDF (A4، رسوم بيانية وجداول)</translation>
    </message>
    <message>
        <source>Spreadsheet (XLSX, one sheet per table)</source>
        <translation>جدول بيانات (XLSX، ورقة لكل جدول)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>اختيار… (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Create report</source>
        <translation>إنشاء التقرير (&amp;C)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>The period&apos;s first day.</source>
        <translation>اليوم الأول من الفترة.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>The period&apos;s last day (included).</source>
        <translation>اليوم الأخير من الفترة (محسوب).</translation>
    </message>
    <message>
        <source>Count per</source>
        <translation>العدّ حسب</translation>
    </message>
    <message>
        <source>Count the records per day, week or month.</source>
        <translation>عدّ الحالات حسب اليوم أو الأسبوع أو الشهر.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The report&apos;s language.</source>
        <translation>لغة التقرير.</translation>
    </message>
    <message>
        <source>Write the report as a PDF to print.</source>
        <translation>اكتب التقرير بصيغة PDF للطباعة.</translation>
    </message>
    <message>
        <source>Write the tables as a spreadsheet (XLSX).</source>
        <translation>اكتب الجداول كجدول بيانات (XLSX).</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>حفظ باسم</translation>
    </message>
    <message>
        <source>Folder and file name; .pdf and .xlsx are added.</source>
        <translation>المجلد واسم الملف؛ تُضاف ‎.pdf و‎.xlsx.</translation>
    </message>
    <message>
        <source>Choose the folder and file name.</source>
        <translation>اختر المجلد واسم الملف.</translation>
    </message>
    <message>
        <source>Count the period and write the files.</source>
        <translation>عدّ الفترة واكتب الملفات.</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>حالة التقرير</translation>
    </message>
    <message>
        <source>What the report run did.</source>
        <translation>ما فعله إنشاء التقرير.</translation>
    </message>
    <message>
        <source>Records counted</source>
        <translation>الحالات المحسوبة</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>النوع (&amp;K)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Categor&amp;y</source>
        <translation>الفئة (&amp;Y)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>الوحدة (&amp;U)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Cha&amp;nnel</source>
        <translation>طريقة التقديم (&amp;N)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>طريقة التقديم</translation>
    </message>
    <message>
        <source>&amp;Submitted by</source>
        <translation>مقدّم الملاحظة (&amp;S)</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>مقدّم الملاحظة</translation>
    </message>
    <message>
        <source>Count only the records with this value; All counts every record.</source>
        <translation>تُحسب الحالات ذات هذه القيمة فقط؛ «الكل» يحسب جميع الحالات.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>حفظ التقرير باسم</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>تنتهي الفترة قبل أن تبدأ.</translation>
    </message>
    <message>
        <source>Choose PDF, a spreadsheet or both.</source>
        <translation>اختر PDF أو جدول بيانات أو كليهما.</translation>
    </message>
    <message>
        <source>Say where to save the report.</source>
        <translation>حدّد مكان حفظ التقرير.</translation>
    </message>
    <message>
        <source>That is {count} parts; a report shows at most {most}. Choose a longer step or a shorter period.</source>
        <translation>هذا {count} جزءًا؛ يعرض التقرير {most} جزءًا على الأكثر. اختر خطوة أطول أو فترة أقصر.</translation>
    </message>
    <message>
        <source>Counting and writing the report…</source>
        <translation>جارٍ العدّ وكتابة التقرير…</translation>
    </message>
    <message>
        <source>Report written ({records} records, {visits} rated visits):
{where}</source>
        <translation>كُتب التقرير ({records} حالة، {visits} زيارة مقيَّمة):
{where}</translation>
    </message>
    <message>
        <source>The report could not be made: {reason}</source>
        <translation>تعذّر إنشاء التقرير: {reason}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>A value set by your organisation cannot be changed.</source>
        <translation>لا يمكن تغيير قيمة حددتها مؤسستك.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>80 mm roll</source>
        <translation>لفة 80 مم</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>عادي</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>Print on the default printer</source>
        <translation>الطباعة على الطابعة الافتراضية</translation>
    </message>
    <message>
        <source>Ask with a print dialog</source>
        <translation>السؤال عبر نافذة الطباعة</translation>
    </message>
    <message>
        <source>Do not print</source>
        <translation>عدم الطباعة</translation>
    </message>
    <message>
        <source>Screen lan&amp;guage</source>
        <translation>لغة الشاشات (&amp;G)</translation>
    </message>
    <message>
        <source>Receipt &amp;paper</source>
        <translation>ورق الإيصال (&amp;P)</translation>
    </message>
    <message>
        <source>After &amp;saving</source>
        <translation>بعد الحفظ (&amp;S)</translation>
    </message>
    <message>
        <source>Default s&amp;taff ID</source>
        <translation>الرقم الوظيفي الافتراضي (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>الألوان (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Large mode</source>
        <translation>الوضع الكبير (&amp;L)</translation>
    </message>
    <message>
        <source>The language of these screens; receipts are chosen per record.</source>
        <translation>لغة هذه الشاشات؛ تُختار لغة الإيصال لكل ملاحظة على حدة.</translation>
    </message>
    <message>
        <source>The paper the receipt printer uses.</source>
        <translation>الورق الذي تستخدمه طابعة الإيصالات.</translation>
    </message>
    <message>
        <source>What happens with the receipt right after saving.</source>
        <translation>ما يحدث للإيصال بعد الحفظ مباشرة.</translation>
    </message>
    <message>
        <source>Filled in on every new form.</source>
        <translation>يُملأ في كل نموذج جديد.</translation>
    </message>
    <message>
        <source>Standard colours, or high contrast: white text on black.</source>
        <translation>ألوان عادية، أو تباين عالٍ: نص أبيض على أسود.</translation>
    </message>
    <message>
        <source>Larger text, and buttons and fields at least 44 pixels tall.</source>
        <translation>نص أكبر، وأزرار وحقول لا يقل ارتفاعها عن 44 بكسل.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Bigger text and buttons</source>
        <translation>نص وأزرار أكبر</translation>
    </message>
    <message>
        <source>Set by your organisation</source>
        <translation>تحدده مؤسستك</translation>
    </message>
    <message>
        <source>none (records stay on this desk)</source>
        <translation>لا يوجد (تبقى الملاحظات على هذا الحاسوب)</translation>
    </message>
    <message>
        <source>Case system:</source>
        <translation>نظام القضايا:</translation>
    </message>
    <message>
        <source>Saves and uses the settings.</source>
        <translation>يحفظ الإعدادات ويطبّقها.</translation>
    </message>
    <message>
        <source>Changes nothing.</source>
        <translation>لا يغيّر شيئًا.</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>لم تُحفظ الإعدادات</translation>
    </message>
    <message>
        <source>Your settings could not be written to {path} ({reason}). Nothing has changed. Ask IT support if this happens again.</source>
        <translation>تعذّر حفظ إعداداتك في {path} ({reason}). لم يتغيّر شيء. اتصل بدعم تقنية المعلومات إذا تكرر ذلك.</translation>
    </message>
</context>
<context>
    <name>StatisticsTab</name>
    <message>
        <source>Treatment</source>
        <translation>المعاملة</translation>
    </message>
    <message>
        <source>Answer to the errand</source>
        <translation>الإجابة عن الطلب</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>وقت الانتظار</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>بشكل عام</translation>
    </message>
    <message>
        <source>week {week}, {year}</source>
        <translation>الأسبوع {week}، {year}</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>جارٍ العد…</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;الفترة</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;من</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;إلى</translation>
    </message>
    <message>
        <source>&amp;Group by</source>
        <translation>&amp;التجميع حسب</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;النوع</translation>
    </message>
    <message>
        <source>Categor&amp;y</source>
        <translation>ال&amp;فئة</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>ال&amp;وحدة</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>ال&amp;قناة</translation>
    </message>
    <message>
        <source>&amp;Submitted by</source>
        <translation>&amp;المقدِّم</translation>
    </message>
    <message>
        <source>Which records the statistics count.</source>
        <translation>الملاحظات التي تحسبها الإحصاءات.</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>هذا الأسبوع</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>هذا الشهر</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>آخر 30 يومًا</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>تواريخ مختارة</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>الأسبوع</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Records over time, by kind</source>
        <translation>الملاحظات عبر الزمن، حسب النوع</translation>
    </message>
    <message>
        <source>Records by kind</source>
        <translation>الملاحظات حسب النوع</translation>
    </message>
    <message>
        <source>Records by category</source>
        <translation>الملاحظات حسب الفئة</translation>
    </message>
    <message>
        <source>Records by unit</source>
        <translation>الملاحظات حسب الوحدة</translation>
    </message>
    <message>
        <source>Records by provider</source>
        <translation>الملاحظات حسب مقدّم الخدمة</translation>
    </message>
    <message>
        <source>Records by channel</source>
        <translation>الملاحظات حسب القناة</translation>
    </message>
    <message>
        <source>Records by who gave the feedback</source>
        <translation>الملاحظات حسب مقدّم الملاحظات</translation>
    </message>
    <message>
        <source>Visitors&apos; ratings, whole period</source>
        <translation>تقييمات الزوار، الفترة كاملة</translation>
    </message>
    <message>
        <source>Mean rating per question over time</source>
        <translation>متوسط التقييم لكل سؤال عبر الزمن</translation>
    </message>
    <message>
        <source>Delivery to the case system and first-response promises</source>
        <translation>التسليم إلى نظام القضايا ووعود الرد الأول</translation>
    </message>
    <message>
        <source>The chart&apos;s numbers, one row per bar.</source>
        <translation>أرقام الرسم البياني، صف لكل عمود.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>The statistics could not be counted ({reason}); see the log.</source>
        <translation>تعذّر حساب الإحصاءات ({reason})؛ راجع السجل.</translation>
    </message>
    <message>
        <source>{site}, {first} – {last}: {records} records, {visits} rated visits.</source>
        <translation>{site}، {first} – {last}: {records} ملاحظة، {visits} زيارة مقيَّمة.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>الإجابات</translation>
    </message>
    <message>
        <source>Mean (1–5)</source>
        <translation>المتوسط (1–5)</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>بانتظار الإرسال</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>يحتاج إلى متابعة</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>تم التسليم</translation>
    </message>
    <message>
        <source>First response at risk</source>
        <translation>الرد الأول معرّض للتأخر</translation>
    </message>
    <message>
        <source>First response past its deadline</source>
        <translation>الرد الأول بعد موعده النهائي</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>المؤشر</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Sending %v of %m</source>
        <translation>إرسال %v من %m</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>تقدّم الإرسال</translation>
    </message>
    <message>
        <source>Sync now (F5)</source>
        <translation>مزامنة الآن (F5)</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>مزامنة الآن</translation>
    </message>
    <message>
        <source>Sends waiting records and fetches updates now (F5).</source>
        <translation>يرسل الملاحظات المنتظرة ويجلب التحديثات الآن (F5).</translation>
    </message>
    <message>
        <source>Not connected to a case system: records stay on this desk</source>
        <translation>غير متصل بنظام القضايا: تبقى الملاحظات على هذا الحاسوب</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) waiting to be sent</source>
        <translation>
            <numerusform>لا توجد ملاحظات في انتظار الإرسال</numerusform>
            <numerusform>ملاحظة واحدة في انتظار الإرسال</numerusform>
            <numerusform>ملاحظتان في انتظار الإرسال</numerusform>
            <numerusform>%Ln ملاحظات في انتظار الإرسال</numerusform>
            <numerusform>%Ln ملاحظة في انتظار الإرسال</numerusform>
            <numerusform>%Ln ملاحظة في انتظار الإرسال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln need(s) attention</source>
        <translation>
            <numerusform>لا شيء يحتاج إلى متابعة</numerusform>
            <numerusform>واحدة تحتاج إلى متابعة</numerusform>
            <numerusform>اثنتان تحتاجان إلى متابعة</numerusform>
            <numerusform>%Ln تحتاج إلى متابعة</numerusform>
            <numerusform>%Ln تحتاج إلى متابعة</numerusform>
            <numerusform>%Ln تحتاج إلى متابعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting more than {days} days</source>
        <translation>
            <numerusform>لا توجد ملاحظات تنتظر أكثر من {days} أيام</numerusform>
            <numerusform>ملاحظة واحدة تنتظر أكثر من {days} أيام</numerusform>
            <numerusform>ملاحظتان تنتظران أكثر من {days} أيام</numerusform>
            <numerusform>%Ln ملاحظات تنتظر أكثر من {days} أيام</numerusform>
            <numerusform>%Ln ملاحظة تنتظر أكثر من {days} أيام</numerusform>
            <numerusform>%Ln ملاحظة تنتظر أكثر من {days} أيام</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reply promise(s) at risk</source>
        <translation>
            <numerusform>لا توجد وعود بالرد معرّضة للخطر</numerusform>
            <numerusform>وعد واحد بالرد معرّض للخطر</numerusform>
            <numerusform>وعدان بالرد معرّضان للخطر</numerusform>
            <numerusform>%Ln وعود بالرد معرّضة للخطر</numerusform>
            <numerusform>%Ln وعدًا بالرد معرّضًا للخطر</numerusform>
            <numerusform>%Ln وعد بالرد معرّض للخطر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reply promise(s) past</source>
        <translation>
            <numerusform>لا توجد وعود بالرد فات موعدها</numerusform>
            <numerusform>وعد واحد بالرد فات موعده</numerusform>
            <numerusform>وعدان بالرد فات موعدهما</numerusform>
            <numerusform>%Ln وعود بالرد فات موعدها</numerusform>
            <numerusform>%Ln وعدًا بالرد فات موعده</numerusform>
            <numerusform>%Ln وعد بالرد فات موعده</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) refused by the case system</source>
        <translation>
            <numerusform>لا توجد طلبات رفضها نظام القضايا</numerusform>
            <numerusform>طلب واحد رفضه نظام القضايا</numerusform>
            <numerusform>طلبان رفضهما نظام القضايا</numerusform>
            <numerusform>%Ln طلبات رفضها نظام القضايا</numerusform>
            <numerusform>%Ln طلبًا رفضه نظام القضايا</numerusform>
            <numerusform>%Ln طلب رفضه نظام القضايا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rating(s) waiting to be sent</source>
        <translation>
            <numerusform>لا توجد تقييمات في انتظار الإرسال</numerusform>
            <numerusform>تقييم واحد في انتظار الإرسال</numerusform>
            <numerusform>تقييمان في انتظار الإرسال</numerusform>
            <numerusform>%Ln تقييمات في انتظار الإرسال</numerusform>
            <numerusform>%Ln تقييمًا في انتظار الإرسال</numerusform>
            <numerusform>%Ln تقييم في انتظار الإرسال</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending paused: {reason}</source>
        <translation>الإرسال متوقف مؤقتًا: {reason}</translation>
    </message>
    <message>
        <source>Offline – will retry ({reason})</source>
        <translation>غير متصل – ستُعاد المحاولة ({reason})</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>Last sync {time}</source>
        <translation>آخر مزامنة {time}</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The database {path} cannot be opened: {why}. It has been left untouched. Keep the file (it may hold records not yet sent) and contact IT support; to start with an empty database, move the file elsewhere first.</source>
        <translation>تعذّر فتح قاعدة البيانات {path}: {why}. لم يُمسّ الملف. احتفظ به (فقد يحتوي على ملاحظات لم تُرسل) واتصل بدعم تقنية المعلومات؛ للبدء بقاعدة بيانات فارغة، انقل الملف إلى مكان آخر أولًا.</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder: nothing could be saved. Ask IT support to move it, or to set another data_dir.</source>
        <translation>{folder} ملف وليس مجلدًا: لم يُحفظ شيء. اطلب من دعم تقنية المعلومات نقله، أو ضبط data_dir آخر.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be used ({reason}): nothing could be saved. Ask IT support to give this user write access, or to set another data_dir.</source>
        <translation>لا يمكن استخدام المجلد {folder} ({reason}): لم يُحفظ شيء. اطلب من دعم تقنية المعلومات منح هذا المستخدم صلاحية الكتابة، أو ضبط data_dir آخر.</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({finding}). It has been left untouched and nothing will be written to it. Ask IT support to restore the newest copy in {backups} (desk-app doctor tells which); keep the damaged file, with its -wal and -shm files, for them.</source>
        <translation>قاعدة البيانات {path} تالفة ({finding}). تُركت دون مساس ولن يُكتب فيها شيء. اطلب من دعم تقنية المعلومات استعادة أحدث نسخة في {backups} (يبيّن desk-app doctor أيّها)؛ واحتفظ بالملف التالف مع ملفَّي ‎-wal و‎-shm الخاصين به لهم.</translation>
    </message>
    <message>
        <source>The database {path} cannot be written to ({what} is read-only for this user): nothing could be saved. Ask IT support to give this user write access.</source>
        <translation>لا يمكن الكتابة في قاعدة البيانات {path} ({what} للقراءة فقط لهذا المستخدم): لم يُحفظ شيء. اطلب من دعم تقنية المعلومات منح هذا المستخدم صلاحية الكتابة.</translation>
    </message>
    <message>
        <source>The database {path} is empty (0 bytes): it was cut short or replaced, for example by a disk or copy failure. It has been left untouched and nothing will be written to it. Ask IT support to restore the newest copy in {backups} (desk-app doctor tells which); if this desk never saved anything, they may delete the empty file instead.</source>
        <translation>قاعدة البيانات {path} فارغة (0 بايت): فقد قُطعت أو استُبدلت، مثلاً بسبب عطل في القرص أو في النسخ. تُركت دون مساس ولن يُكتب فيها شيء. اطلب من الدعم التقني استعادة أحدث نسخة في {backups} (يخبرك desk-app doctor بأيّها)؛ وإن لم يحفظ هذا المكتب شيئاً قط، فيمكنهم حذف الملف الفارغ بدلاً من ذلك.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of Feedback Desk (schema {revision}). It has been left untouched: install that version again, or ask IT support.</source>
        <translation>كُتبت قاعدة البيانات {path} بإصدار أحدث من Feedback Desk (المخطط {revision}). لم يُمسّ الملف: ثبّت ذلك الإصدار مرة أخرى أو اسأل دعم تقنية المعلومات.</translation>
    </message>
    <message>
        <source>The record could not be saved ({reason}). It is not lost: it is still in the form. Free some disk space or call IT support, then save again.</source>
        <translation>تعذّر حفظ الملاحظة ({reason}). لم تضِع: ما زالت في النموذج. حرّر بعض المساحة على القرص أو اتصل بدعم تقنية المعلومات، ثم احفظ مرة أخرى.</translation>
    </message>
    <message>
        <source>The database key in the system keyring ({service}) is not a valid key. Nothing was changed; ask IT support.</source>
        <translation>مفتاح قاعدة البيانات في حلقة مفاتيح النظام ({service}) ليس مفتاحًا صالحًا. لم يتغير شيء؛ اتصل بدعم تقنية المعلومات.</translation>
    </message>
    <message>
        <source>No system keyring is available to keep the database key ({reason}), so the residents&apos; data could not be encrypted on this computer, and Feedback Desk will not start. Ask IT support to enable the keyring (Windows Credential Manager, Secret Service or Keychain), or — only where the disk is otherwise protected — to set privacy.allow_without_keyring = true.</source>
        <translation>لا تتوفر حلقة مفاتيح في النظام لحفظ مفتاح قاعدة البيانات ({reason})، لذلك تعذر تشفير بيانات السكان على هذا الحاسوب، ولن يبدأ Feedback Desk. اطلب من دعم تقنية المعلومات تفعيل حلقة المفاتيح (Windows Credential Manager أو Secret Service أو Keychain)، أو — فقط حيث يكون القرص محميًا بطريقة أخرى — ضبط privacy.allow_without_keyring = true.</translation>
    </message>
    <message>
        <source>The database {path} is encrypted, and this data folder was encrypted with a key this user/machine does not have (it was copied from another computer or user, or this user&apos;s system keyring was reset). It has been left untouched. Start Feedback Desk as the user and on the computer that made it, or ask IT support.</source>
        <translation>قاعدة البيانات {path} مشفرة، وقد شُفّر مجلد البيانات هذا بمفتاح لا يملكه هذا المستخدم/الجهاز (نُسخ من حاسوب أو مستخدم آخر، أو أُعيد ضبط حلقة مفاتيح هذا المستخدم). تُرك دون أي تغيير. شغّل Feedback Desk بالمستخدم نفسه وعلى الحاسوب الذي أنشأه، أو اتصل بدعم تقنية المعلومات.</translation>
    </message>
    <message>
        <source>The database {path} could not be encrypted: another program has it open. Close it and start again.</source>
        <translation>تعذر تشفير قاعدة البيانات {path}: برنامج آخر يفتحها. أغلقه وابدأ من جديد.</translation>
    </message>
    <message>
        <source>The rating could not be saved ({reason}). Free some disk space or call IT support.</source>
        <translation>تعذّر حفظ التقييم ({reason}). حرّر بعض المساحة على القرص أو اتصل بالدعم الفني.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>No case system is set up (api.url is empty): records stay on this desk.</source>
        <translation>لم يُضبط أي نظام قضايا (api.url فارغ): تبقى الملاحظات على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>No access token: this computer&apos;s keyring cannot be used. Ask IT to enrol the desk (or to set DESK_APP_API_TOKEN); the log has the details.</source>
        <translation>لا يوجد رمز وصول: لا يمكن استخدام سلسلة مفاتيح هذا الحاسوب. اطلب من قسم تقنية المعلومات تسجيل الحاسوب (أو ضبط DESK_APP_API_TOKEN)؛ التفاصيل في السجل.</translation>
    </message>
    <message>
        <source>The desk has no access token for the case system yet: enter it under Tools, or run `desk-app token set`.</source>
        <translation>لا يملك هذا الحاسوب رمز وصول إلى نظام القضايا بعد: أدخله من قائمة «أدوات»، أو شغّل `desk-app token set`.</translation>
    </message>
    <message>
        <source>Set api.url first: the access token belongs to that address.</source>
        <translation>اضبط api.url أولاً: رمز الوصول يخص ذلك العنوان.</translation>
    </message>
    <message>
        <source>The server answered {status} with {type}, not the case API&apos;s JSON (a login page or proxy in the way?)</source>
        <translation>أجاب الخادم بالرمز {status} ونوع {type}، وليس بـ JSON واجهة القضايا (هل توجد صفحة تسجيل دخول أو وكيل في الطريق؟)</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON ({error})</source>
        <translation>إجابة الخادم ليست JSON صالحًا ({error})</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a JSON object</source>
        <translation>إجابة الخادم ليست كائن JSON</translation>
    </message>
    <message>
        <source>The desk&apos;s access to the case system must be renewed (the server answered {status}). Ask IT for a new token.</source>
        <translation>يجب تجديد وصول هذا الحاسوب إلى نظام القضايا (أجاب الخادم بالرمز {status}). اطلب رمزًا جديدًا من قسم تقنية المعلومات.</translation>
    </message>
    <message>
        <source>The case system is busy ({status})</source>
        <translation>نظام القضايا مشغول ({status})</translation>
    </message>
    <message>
        <source>The case system had an error ({status})</source>
        <translation>حدث خطأ في نظام القضايا ({status})</translation>
    </message>
    <message>
        <source>The case system&apos;s answer has no case number</source>
        <translation>إجابة نظام القضايا لا تحتوي على رقم قضية</translation>
    </message>
    <message>
        <source>TLS check of the case system failed: {error}</source>
        <translation>فشل التحقق من TLS لنظام القضايا: {error}</translation>
    </message>
    <message>
        <source>The case system did not answer in time</source>
        <translation>لم يُجب نظام القضايا في الوقت المحدد</translation>
    </message>
    <message>
        <source>No answer from the case system ({error})</source>
        <translation>لا إجابة من نظام القضايا ({error})</translation>
    </message>
    <message>
        <source>The CA bundle for the case system cannot be read: {error}</source>
        <translation>لا يمكن قراءة ملف شهادات CA لنظام القضايا: {error}</translation>
    </message>
    <message>
        <source>The case system answered {status}, sending the desk to another address; the desk sends only to the address IT set (api.url). Ask IT to check it.</source>
        <translation>أجاب نظام القضايا بـ {status} موجّهًا المكتب إلى عنوان آخر؛ لا يرسل المكتب إلا إلى العنوان الذي حدده قسم تقنية المعلومات (api.url). اطلب من قسم تقنية المعلومات التحقق منه.</translation>
    </message>
    <message>
        <source>Unexpected answer from the case system ({status})</source>
        <translation>إجابة غير متوقعة من نظام القضايا ({status})</translation>
    </message>
    <message>
        <source>Unexpected answer to a batch ({status})</source>
        <translation>إجابة غير متوقعة على إرسال مجمّع ({status})</translation>
    </message>
    <message>
        <source>The case system&apos;s batch answer does not match the batch</source>
        <translation>إجابة نظام القضايا لا تطابق الإرسال المجمّع</translation>
    </message>
    <message>
        <source>The case system&apos;s batch answer is out of order</source>
        <translation>إجابة نظام القضايا على الإرسال المجمّع ليست بالترتيب الصحيح</translation>
    </message>
    <message>
        <source>Categories could not be fetched ({status})</source>
        <translation>تعذّر جلب الفئات ({status})</translation>
    </message>
    <message>
        <source>The category answer has no category list</source>
        <translation>إجابة الفئات لا تحتوي على قائمة فئات</translation>
    </message>
    <message>
        <source>The case system&apos;s health check failed ({status})</source>
        <translation>فشل فحص سلامة نظام القضايا ({status})</translation>
    </message>
    <message>
        <source>Units could not be fetched ({status})</source>
        <translation>تعذّر جلب الوحدات ({status})</translation>
    </message>
    <message>
        <source>The unit answer has no unit list</source>
        <translation>رد الوحدات لا يحتوي على قائمة وحدات</translation>
    </message>
    <message>
        <source>Status updates could not be fetched ({status})</source>
        <translation>تعذّر جلب تحديثات الحالة ({status})</translation>
    </message>
    <message>
        <source>The status answer is not in the expected shape</source>
        <translation>إجابة الحالة ليست بالشكل المتوقع</translation>
    </message>
    <message>
        <source>sync failed unexpectedly ({error}); see the log</source>
        <translation>فشلت المزامنة على نحو غير متوقع ({error})؛ راجع السجل</translation>
    </message>
    <message>
        <source>Not connected to a case system: records stay on this desk.</source>
        <translation>غير متصل بنظام القضايا: تبقى الملاحظات على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>The token could not be stored in the system keyring: {error}</source>
        <translation>تعذّر حفظ الرمز في سلسلة مفاتيح النظام: {error}</translation>
    </message>
    <message>
        <source>The case system sent a category list the desk cannot read</source>
        <translation>أرسل نظام القضايا قائمة فئات لا يستطيع المكتب قراءتها</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Choose what kind of feedback this is.</source>
        <translation>اختر نوع الملاحظة.</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>اختر فئة.</translation>
    </message>
    <message>
        <source>Category &apos;{code}&apos; is unknown or no longer offered: pick another.</source>
        <translation>الفئة «{code}» غير معروفة أو لم تعد متاحة: اختر فئة أخرى.</translation>
    </message>
    <message>
        <source>Write down what the resident said.</source>
        <translation>اكتب ما قاله المقيم.</translation>
    </message>
    <message>
        <source>The description is {length:,} characters; at most {limit:,} fit. Shorten it or attach the rest on paper.</source>
        <translation>طول الوصف {length:,} حرفًا؛ والحد الأقصى {limit:,}. اختصره أو أرفق الباقي على ورق.</translation>
    </message>
    <message>
        <source>The time it happened needs a time zone.</source>
        <translation>وقت الحدوث يحتاج إلى منطقة زمنية.</translation>
    </message>
    <message>
        <source>The time it happened is in the future.</source>
        <translation>وقت الحدوث في المستقبل.</translation>
    </message>
    <message>
        <source>The place may be at most {limit} characters.</source>
        <translation>لا يجوز أن يتجاوز المكان {limit} حرفًا.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a language code such as sv or en.</source>
        <translation>«{code}» ليس رمز لغة مثل sv أو en.</translation>
    </message>
    <message>
        <source>The note may be at most {limit} characters.</source>
        <translation>لا يجوز أن تتجاوز الملاحظة الداخلية {limit} حرفًا.</translation>
    </message>
    <message>
        <source>Enter who took this feedback (your staff ID).</source>
        <translation>أدخل من استلم هذه الملاحظة (رقمك الوظيفي).</translation>
    </message>
    <message>
        <source>The provider&apos;s name may be at most {limit} characters.</source>
        <translation>يمكن أن يكون اسم مقدم الخدمة {limit} حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>Say why this is urgent, or untick urgent.</source>
        <translation>اذكر سبب الاستعجال، أو أزل علامة عاجل.</translation>
    </message>
    <message>
        <source>Anonymous feedback cannot carry contact details: clear them or untick anonymous.</source>
        <translation>لا يمكن أن تحمل الملاحظة المجهولة بيانات اتصال: امسحها أو أزل علامة «مجهول الهوية».</translation>
    </message>
    <message>
        <source>An anonymous resident cannot get a reply: add contact details.</source>
        <translation>لا يمكن للمقيم مجهول الهوية أن يتلقى ردًا: أضف بيانات الاتصال.</translation>
    </message>
    <message>
        <source>This is longer than fits; shorten it.</source>
        <translation>هذا أطول من المسموح؛ اختصره.</translation>
    </message>
    <message>
        <source>This does not look like an email address (name@example.se).</source>
        <translation>هذا لا يبدو عنوان بريد إلكتروني (name@example.se).</translation>
    </message>
    <message>
        <source>A phone number has 6 to 15 digits, optionally starting with +.</source>
        <translation>رقم الهاتف من 6 إلى 15 رقمًا، وقد يبدأ بـ +.</translation>
    </message>
    <message>
        <source>Give a name or a way to reach the resident, or tick anonymous.</source>
        <translation>أدخل اسمًا أو وسيلة للتواصل مع المقيم، أو ضع علامة «مجهول الهوية».</translation>
    </message>
    <message>
        <source>A reply by email needs an email address.</source>
        <translation>الرد بالبريد الإلكتروني يحتاج إلى عنوان بريد إلكتروني.</translation>
    </message>
    <message>
        <source>A reply by phone needs a phone number.</source>
        <translation>الرد بالهاتف يحتاج إلى رقم هاتف.</translation>
    </message>
    <message>
        <source>A reply by letter needs a postal address.</source>
        <translation>الرد برسالة يحتاج إلى عنوان بريدي.</translation>
    </message>
    <message>
        <source>Choose how the resident wants the reply.</source>
        <translation>اختر كيف يريد المقيم تلقي الرد.</translation>
    </message>
    <message>
        <source>The resident must agree to be contacted for a reply.</source>
        <translation>يجب أن يوافق المقيم على التواصل معه للرد.</translation>
    </message>
    <message>
        <source>Tell the resident how their details are handled, then tick the privacy notice.</source>
        <translation>أخبر المقيم بكيفية التعامل مع بياناته، ثم ضع علامة على إشعار الخصوصية.</translation>
    </message>
    <message>
        <source>An answer belongs to no question of this category.</source>
        <translation>هناك إجابة لا تخص أي سؤال في هذه الفئة.</translation>
    </message>
    <message>
        <source>This category does not ask &apos;{code}&apos;.</source>
        <translation>هذه الفئة لا تسأل عن «{code}».</translation>
    </message>
    <message>
        <source>&apos;{question}&apos; must be answered for this category.</source>
        <translation>يجب الإجابة عن «{question}» في هذه الفئة.</translation>
    </message>
    <message>
        <source>Choose among the answers offered.</source>
        <translation>اختر من بين الإجابات المعروضة.</translation>
    </message>
    <message>
        <source>This question takes one answer.</source>
        <translation>هذا السؤال يقبل إجابة واحدة فقط.</translation>
    </message>
    <message>
        <source>Enter a number, such as 12 or 3.5.</source>
        <translation>أدخل عددًا، مثل ١٢ أو ٣٫٥.</translation>
    </message>
    <message>
        <source>Enter a date and time, such as 2026-11-26 14:30.</source>
        <translation>أدخل التاريخ والوقت، مثل 2026-11-26 14:30.</translation>
    </message>
    <message>
        <source>The answer is {length:,} characters; at most {limit:,} fit.</source>
        <translation>الإجابة {length:,} حرفًا؛ ولا يتسع إلا لـ {limit:,} حرف على الأكثر.</translation>
    </message>
</context>
<context>
    <name>WorkersDialog</name>
    <message>
        <source>Workers and PINs</source>
        <translation>الموظفون ورموز PIN</translation>
    </message>
    <message>
        <source>Worker ID</source>
        <translation>معرّف الموظف</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <source>PIN set</source>
        <translation>تاريخ تعيين الرمز</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <source>Everyone who signs in with a PIN on this desk.</source>
        <translation>كل من يسجّل الدخول برمز PIN على هذا المكتب.</translation>
    </message>
    <message>
        <source>&amp;Add a worker…</source>
        <translation>إضافة موظف… (&amp;A)</translation>
    </message>
    <message>
        <source>New &amp;PIN…</source>
        <translation>رمز PIN جديد… (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>إزالة… (&amp;R)</translation>
    </message>
    <message>
        <source>Adds a worker who signs in with a PIN.</source>
        <translation>يضيف موظفًا يسجّل الدخول برمز PIN.</translation>
    </message>
    <message>
        <source>Gives the chosen worker a new PIN, for one forgotten or kept out.</source>
        <translation>يمنح الموظف المختار رمز PIN جديدًا، إن نسيه أو مُنع من الدخول.</translation>
    </message>
    <message>
        <source>The chosen worker can no longer sign in; the audit trail keeps their ID.</source>
        <translation>لن يتمكن الموظف المختار من تسجيل الدخول بعد الآن؛ ويحتفظ سجل التدقيق بمعرّفه.</translation>
    </message>
    <message>
        <source>Closes the list.</source>
        <translation>يغلق القائمة.</translation>
    </message>
    <message>
        <source>Kept out until {time} (wrong PINs)</source>
        <translation>ممنوع من الدخول حتى {time} (رموز خاطئة)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln wrong PIN(s) in a row</source>
        <translation>
            <numerusform>لا رموز خاطئة</numerusform>
            <numerusform>رمز خاطئ واحد على التوالي</numerusform>
            <numerusform>رمزان خاطئان على التوالي</numerusform>
            <numerusform>%Ln رموز خاطئة على التوالي</numerusform>
            <numerusform>%Ln رمزًا خاطئًا على التوالي</numerusform>
            <numerusform>%Ln رمز خاطئ على التوالي</numerusform>
        </translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation>يمكنه تسجيل الدخول</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>مشرف</translation>
    </message>
    <message>
        <source>Desk worker</source>
        <translation>موظف المكتب</translation>
    </message>
    <message>
        <source>{worker} was added.</source>
        <translation>أُضيف {worker}.</translation>
    </message>
    <message>
        <source>{worker} has a new PIN.</source>
        <translation>لدى {worker} رمز PIN جديد.</translation>
    </message>
    <message>
        <source>Remove a worker</source>
        <translation>إزالة موظف</translation>
    </message>
    <message>
        <source>Remove {worker}? Their PIN stops working at once. What they did stays in the audit trail.</source>
        <translation>إزالة {worker}؟ يتوقف رمزه عن العمل فورًا. ويبقى ما فعله في سجل التدقيق.</translation>
    </message>
    <message>
        <source>{worker} was removed.</source>
        <translation>أُزيل {worker}.</translation>
    </message>
</context>
</TS>
