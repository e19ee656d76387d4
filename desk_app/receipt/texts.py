"""The words printed on a receipt, per receipt language, and the site's own texts.

A site may replace "what happens next", the contact line and the privacy notice in its
settings; otherwise the built-in text for the receipt language is used. Languages without
built-in texts fall back to English.
"""

from __future__ import annotations

from dataclasses import dataclass

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Receipt for your feedback",
        "copy": "COPY",
        "reference": "Your reference number",
        "received": "Received",
        "kind": "Type",
        "category": "Category",
        "channel": "Given",
        "summary": "What you told us",
        "reply": "Reply",
        "reply_by": "We will reply by {method}.",
        "no_reply": "You asked for no reply.",
        "anonymous": "Given anonymously.",
        "next_steps_title": "What happens next",
        "next_steps": "You will hear from us within two working days. Quote your reference "
        "number whenever you contact us about this.",
        "contact_title": "Contact us",
        "privacy_title": "Your personal data",
        "privacy": "We use your contact details only to handle this feedback and keep them as "
        "long as the archive rules require. You may ask to see, correct or remove them.",
        "received_by": "Received by",
        "kind.praise": "Praise",
        "kind.complaint": "Complaint",
        "kind.suggestion": "Suggestion",
        "kind.question": "Question",
        "kind.other": "Other",
        "channel.in_person": "in person",
        "channel.phone": "by phone",
        "channel.letter": "by letter",
        "channel.email": "by email",
        "channel.paper_form": "on a paper form",
        "channel.social_media": "on social media",
        "channel.other": "other",
        "method.email": "email",
        "method.phone": "phone",
        "method.letter": "letter",
    },
    "sv": {
        "title": "Kvitto på din synpunkt",
        "copy": "KOPIA",
        "reference": "Ditt referensnummer",
        "received": "Mottagen",
        "kind": "Typ",
        "category": "Kategori",
        "channel": "Lämnad",
        "summary": "Det här berättade du",
        "reply": "Svar",
        "reply_by": "Vi svarar via {method}.",
        "no_reply": "Du har inte bett om svar.",
        "anonymous": "Lämnad anonymt.",
        "next_steps_title": "Vad händer nu",
        "next_steps": "Du hör av oss inom två arbetsdagar. Ange ditt referensnummer när du "
        "kontaktar oss om detta.",
        "contact_title": "Kontakta oss",
        "privacy_title": "Dina personuppgifter",
        "privacy": "Vi använder dina kontaktuppgifter bara för att hantera din synpunkt och "
        "sparar dem så länge arkivreglerna kräver. Du kan begära att få se, rätta eller "
        "ta bort dem.",
        "received_by": "Mottagen av",
        "kind.praise": "Beröm",
        "kind.complaint": "Klagomål",
        "kind.suggestion": "Förslag",
        "kind.question": "Fråga",
        "kind.other": "Övrigt",
        "channel.in_person": "på plats",
        "channel.phone": "per telefon",
        "channel.letter": "per brev",
        "channel.email": "per e-post",
        "channel.paper_form": "på pappersblankett",
        "channel.social_media": "i sociala medier",
        "channel.other": "annat",
        "method.email": "e-post",
        "method.phone": "telefon",
        "method.letter": "brev",
    },
    "fa": {
        "title": "رسید بازخورد شما",
        "copy": "رونوشت",
        "reference": "شماره پیگیری شما",
        "received": "دریافت شده",
        "kind": "نوع",
        "category": "دسته",
        "channel": "روش ارائه",
        "summary": "آنچه به ما گفتید",
        "reply": "پاسخ",
        "reply_by": "از راه {method} پاسخ می‌دهیم.",
        "no_reply": "شما درخواست پاسخ نکرده‌اید.",
        "anonymous": "به صورت ناشناس ثبت شده است.",
        "next_steps_title": "مرحله بعد",
        "next_steps": "ظرف دو روز کاری از ما خبر خواهید داشت. هنگام تماس با ما درباره این موضوع، "
        "شماره پیگیری خود را ذکر کنید.",
        "contact_title": "تماس با ما",
        "privacy_title": "اطلاعات شخصی شما",
        "privacy": "ما اطلاعات تماس شما را فقط برای رسیدگی به این بازخورد به کار می‌بریم و تا زمانی "
        "که قوانین بایگانی لازم بداند نگه می‌داریم. می‌توانید دیدن، اصلاح یا حذف آن‌ها را "
        "درخواست کنید.",
        "received_by": "دریافت‌کننده",
        "kind.praise": "قدردانی",
        "kind.complaint": "شکایت",
        "kind.suggestion": "پیشنهاد",
        "kind.question": "پرسش",
        "kind.other": "سایر",
        "channel.in_person": "حضوری",
        "channel.phone": "تلفنی",
        "channel.letter": "با نامه",
        "channel.email": "با ایمیل",
        "channel.paper_form": "با فرم کاغذی",
        "channel.social_media": "در شبکه‌های اجتماعی",
        "channel.other": "سایر",
        "method.email": "ایمیل",
        "method.phone": "تلفن",
        "method.letter": "نامه",
    },
    "ar": {
        "title": "إيصال ملاحظتك",
        "copy": "نسخة",
        "reference": "رقمك المرجعي",
        "received": "تاريخ الاستلام",
        "kind": "النوع",
        "category": "الفئة",
        "channel": "طريقة التقديم",
        "summary": "ما أخبرتنا به",
        "reply": "الرد",
        "reply_by": "سنرد عليك عبر {method}.",
        "no_reply": "لم تطلب ردًا.",
        "anonymous": "قُدّمت دون ذكر الاسم.",
        "next_steps_title": "ماذا بعد",
        "next_steps": "سنتواصل معك خلال يومي عمل. اذكر رقمك المرجعي عند التواصل معنا بشأن "
        "هذا الأمر.",
        "contact_title": "اتصل بنا",
        "privacy_title": "بياناتك الشخصية",
        "privacy": "نستخدم بيانات الاتصال الخاصة بك فقط لمعالجة هذه الملاحظة، ونحتفظ بها المدة "
        "التي تتطلبها قواعد الأرشفة. يمكنك طلب الاطلاع عليها أو تصحيحها أو حذفها.",
        "received_by": "استلمها",
        "kind.praise": "إشادة",
        "kind.complaint": "شكوى",
        "kind.suggestion": "اقتراح",
        "kind.question": "سؤال",
        "kind.other": "أخرى",
        "channel.in_person": "حضوريًا",
        "channel.phone": "عبر الهاتف",
        "channel.letter": "برسالة",
        "channel.email": "عبر البريد الإلكتروني",
        "channel.paper_form": "عبر نموذج ورقي",
        "channel.social_media": "عبر وسائل التواصل الاجتماعي",
        "channel.other": "أخرى",
        "method.email": "البريد الإلكتروني",
        "method.phone": "الهاتف",
        "method.letter": "رسالة",
    },
}


def receipt_languages() -> list[str]:
    """The languages a receipt can be printed in, Swedish first."""
    return sorted(LABELS, key=lambda code: (code != "sv", code))


def labels_for(language: str) -> dict[str, str]:
    """The receipt words for ``language`` (English where a language has none)."""
    return LABELS.get(language.split("-")[0], LABELS["en"])


@dataclass(frozen=True)
class SiteTexts:
    """The site's own receipt texts; an empty text means "use the built-in one"."""

    site_name: str
    contact: str
    next_steps: str = ""
    privacy: str = ""
