"""Generate the Group Policy templates (ADMX, and ADML in English and Swedish) for the desk's
central settings. Run after changing the table below; the output is committed, and a test
checks it against the app's settings.

    python installers/policy/generate.py
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
NS = "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"

# (policy, setting key, kind, choices, English title, Swedish title, English help, Swedish help);
# for a "decimal" the choices are the lowest and highest value the app accepts.
POLICIES = [
    (
        "ApiUrl",
        "api.url",
        "text",
        (),
        "Case system address (API URL)",
        "Ärendesystemets adress (API-URL)",
        "The central case API the desks send records to, e.g. https://cases.example.org/api/v1.",
        "Det centrala ärende-API som diskarna skickar synpunkter till.",
    ),
    (
        "ApiProtocol",
        "api.protocol",
        "enum",
        ("case-api-v1", "open311"),
        "Case system protocol",
        "Ärendesystemets protokoll",
        "Which protocol the case system speaks.",
        "Vilket protokoll ärendesystemet talar.",
    ),
    (
        "SiteId",
        "site.id",
        "text",
        (),
        "Site ID",
        "Plats-ID",
        "The site's ID in the case system.",
        "Platsens ID i ärendesystemet.",
    ),
    (
        "SiteName",
        "site.name",
        "text",
        (),
        "Site name",
        "Platsens namn",
        "The site's name, printed on receipts.",
        "Platsens namn, som skrivs ut på kvitton.",
    ),
    (
        "SiteCode",
        "site.code",
        "text",
        (),
        "Reference prefix",
        "Prefix för referensnummer",
        "Two to six capital letters that start every reference number.",
        "Två till sex versaler som inleder varje referensnummer.",
    ),
    (
        "UiLanguage",
        "ui.language",
        "text",
        (),
        "Language of the desk's screens",
        "Språk i diskens fönster",
        "A language code such as sv or en.",
        "En språkkod, till exempel sv eller en.",
    ),
    (
        "ReceiptPaper",
        "receipt.paper",
        "enum",
        ("80mm", "a4"),
        "Receipt paper",
        "Kvittopapper",
        "80 mm roll paper or A4.",
        "80 mm kvittorulle eller A4.",
    ),
    (
        "PrintingMode",
        "printing.mode",
        "enum",
        ("default_printer", "dialog", "none"),
        "Printing after saving",
        "Utskrift efter sparande",
        "Print to the default printer, show a print dialog, or do not print.",
        "Skriv ut på standardskrivaren, visa en utskriftsdialog eller skriv inte ut.",
    ),
    (
        "Theme",
        "ui.theme",
        "enum",
        ("standard", "high_contrast"),
        "Colours",
        "Färger",
        "Standard colours, or high contrast (white on black).",
        "Standardfärger eller hög kontrast (vitt på svart).",
    ),
    (
        "LargeMode",
        "ui.large_mode",
        "onoff",
        (),
        "Large mode",
        "Stort läge",
        "Bigger text, and buttons and fields at least 44 pixels tall.",
        "Större text, och knappar och fält minst 44 bildpunkter höga.",
    ),
    (
        "SyncInterval",
        "sync.interval_seconds",
        "decimal",
        (5, 86400),
        "Sync interval (seconds)",
        "Synkintervall (sekunder)",
        "How often the desk sends records and fetches updates.",
        "Hur ofta disken skickar synpunkter och hämtar uppdateringar.",
    ),
    (
        "SiteAddress",
        "site.address",
        "text",
        (),
        "Site street address",
        "Platsens gatuadress",
        "The site's street address: the location an Open311 case system requires for a record "
        "given without a place.",
        "Platsens gatuadress: den plats ett Open311-ärendesystem kräver för en synpunkt som "
        "lämnats utan plats.",
    ),
    (
        "ApiJurisdiction",
        "api.jurisdiction_id",
        "text",
        (),
        "Open311 jurisdiction ID",
        "Open311-jurisdiktions-ID",
        "Sent to an Open311 case system that serves several jurisdictions.",
        "Skickas till ett Open311-ärendesystem som betjänar flera jurisdiktioner.",
    ),
    (
        "FirstResponseDays",
        "promise.first_response_days",
        "decimal",
        (1, 30),
        "First response within (days)",
        "Första svar inom (dagar)",
        "The first response the receipt promises, in days after the day the feedback was "
        "received (the policy says 2).",
        "Det första svar kvittot lovar, i dagar efter dagen då synpunkten togs emot "
        "(policyn säger 2).",
    ),
    (
        "WorkingDays",
        "promise.working_days",
        "onoff",
        (),
        "Count working days only",
        "Räkna bara arbetsdagar",
        "Enabled: the first-response deadline skips weekends and public holidays.",
        "Aktiverad: tidsfristen för första svar hoppar över helger och helgdagar.",
    ),
    (
        "AtRiskDays",
        "promise.at_risk_days",
        "decimal",
        (0, 30),
        "Mark promises at risk (days left)",
        "Markera löften i fara (dagar kvar)",
        "A record not yet delivered is marked at risk when this many days or fewer are left "
        "before its first-response deadline (0: only deadlines already past).",
        "En synpunkt som inte levererats markeras som i fara när så här många dagar eller färre "
        "återstår till tidsfristen för första svar (0: bara passerade tidsfrister).",
    ),
    (
        "SignIn",
        "desk.sign_in",
        "enum",
        ("os_login", "pin"),
        "How workers sign in",
        "Hur personalen loggar in",
        "os_login: the worker is the Windows login. pin: workers of a shared account pick their "
        "name and type a PIN.",
        "os_login: den anställda är Windows-inloggningen. pin: personal på ett delat konto väljer "
        "sitt namn och skriver en PIN-kod.",
    ),
    (
        "IdleLockMinutes",
        "desk.idle_lock_minutes",
        "decimal",
        (0, 480),
        "Lock the desk after (minutes without input)",
        "Lås disken efter (minuter utan inmatning)",
        "The window hides every personal field and the queue after this long without keyboard "
        "or mouse (0: never).",
        "Fönstret döljer alla personuppgifter och kön efter så här lång tid utan tangentbord "
        "eller mus (0: aldrig).",
    ),
    (
        "Supervisors",
        "desk.supervisors",
        "text",
        (),
        "Supervisors",
        "Arbetsledare",
        "Windows logins or worker IDs, comma-separated, who may export personal data and read "
        "the audit trail.",
        "Windows-inloggningar eller personal-ID, kommaseparerade, som får exportera "
        "personuppgifter och läsa granskningsloggen.",
    ),
    (
        "AllowWithoutKeyring",
        "privacy.allow_without_keyring",
        "onoff",
        (),
        "Start without encryption where no keyring answers",
        "Starta utan kryptering där ingen nyckelring svarar",
        "Enabled: where the OS keyring is missing the desk starts with its data NOT encrypted at "
        "rest, and says so. Use only where the disk is encrypted by other means.",
        "Aktiverad: där operativsystemets nyckelring saknas startar disken med data som INTE är "
        "krypterade, och säger det. Använd bara där disken krypteras på annat sätt.",
    ),
    (
        "RetentionDays",
        "privacy.retention_days",
        "decimal",
        (1, 3650),
        "Keep personal data after delivery (days)",
        "Behåll personuppgifter efter leverans (dagar)",
        "Days after the case system has a record before the desk erases its personal data.",
        "Dagar efter att ärendesystemet har en synpunkt innan disken raderar dess personuppgifter.",
    ),
    (
        "WarnWaitingDays",
        "privacy.warn_waiting_days",
        "decimal",
        (1, 365),
        "Warn about records waiting longer than (days)",
        "Varna för synpunkter som väntat längre än (dagar)",
        "Records never delivered are never erased; the desk warns when any have waited longer.",
        "Synpunkter som aldrig levererats raderas aldrig; disken varnar när någon väntat längre.",
    ),
    (
        "RatingQuestions",
        "rating.questions",
        "text",
        (),
        "Questions a visitor is asked when rating a visit",
        "Frågor som besökaren får när hen betygsätter besöket",
        "Comma-separated, in order, any of: treatment, answer, wait, overall.",
        "Kommaseparerade, i ordning, något av: treatment, answer, wait, overall.",
    ),
    (
        "RatingOfferAfterSave",
        "rating.offer_after_save",
        "onoff",
        (),
        "Offer the rating screen after every saved record",
        "Visa betygsskärmen efter varje sparad synpunkt",
        "Enabled: after a record is saved and its receipt printed, the screen turns to the "
        "visitor to rate the visit.",
        "Aktiverad: när en synpunkt har sparats och kvittot skrivits ut vänds skärmen mot "
        "besökaren för att betygsätta besöket.",
    ),
    (
        "RatingAttachStaffId",
        "rating.attach_staff_id",
        "onoff",
        (),
        "Store the worker's staff ID with each rating",
        "Spara personalens ID med varje betyg",
        "Enabled only where a local agreement allows following up staff performance; "
        "otherwise ratings are stored without any staff ID.",
        "Aktivera bara där en lokal överenskommelse tillåter uppföljning av personalens "
        "insatser; annars sparas betyg utan personal-ID.",
    ),
    (
        "RatingReturnAfterSeconds",
        "rating.return_after_seconds",
        "decimal",
        (5, 300),
        "Return from the rating screen after (seconds without input)",
        "Gå tillbaka från betygsskärmen efter (sekunder utan inmatning)",
        "The worker's form comes back by itself; the answers given so far are kept.",
        "Personalens formulär kommer tillbaka av sig självt; de svar som getts sparas.",
    ),
]
TEXTS = {
    "en-US": {
        "category": "Feedback Desk",
        "supported": "Feedback Desk 0.1 and later",
        "title": "Feedback Desk",
        "about": "Central settings of Feedback Desk.",
    },
    "sv-SE": {
        "category": "Feedback Desk",
        "supported": "Feedback Desk 0.1 och senare",
        "title": "Feedback Desk",
        "about": "Centrala inställningar för Feedback Desk.",
    },
}


def admx() -> str:
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f'<policyDefinitions revision="1.0" schemaVersion="1.0" xmlns="{NS}">',
        "  <policyNamespaces>",
        '    <target prefix="feedbackdesk" namespace="FeedbackDesk.Policies"/>',
        "  </policyNamespaces>",
        '  <resources minRequiredRevision="1.0"/>',
        "  <supportedOn><definitions>",
        '    <definition name="SUPPORTED_FeedbackDesk" displayName="$(string.Supported)"/>',
        "  </definitions></supportedOn>",
        "  <categories>",
        '    <category name="FeedbackDesk" displayName="$(string.Category)"/>',
        "  </categories>",
        "  <policies>",
    ]
    for name, key, kind, choices, *_texts in POLICIES:
        section, value_name = key.rsplit(".", 1)
        if kind == "onoff":  # enabled = 1, disabled = 0 (REG_DWORD), no options to show
            lines += [
                f'    <policy name="{name}" class="Both" displayName="$(string.{name})" '
                f'explainText="$(string.{name}_Help)" '
                f'key="Software\\Policies\\FeedbackDesk\\{section}" valueName="{value_name}">',
                '      <parentCategory ref="FeedbackDesk"/>',
                '      <supportedOn ref="SUPPORTED_FeedbackDesk"/>',
                '      <enabledValue><decimal value="1"/></enabledValue>',
                '      <disabledValue><decimal value="0"/></disabledValue>',
                "    </policy>",
            ]
            continue
        lines += [
            f'    <policy name="{name}" class="Both" displayName="$(string.{name})" '
            f'explainText="$(string.{name}_Help)" presentation="$(presentation.{name})" '
            f'key="Software\\Policies\\FeedbackDesk\\{section}">',
            '      <parentCategory ref="FeedbackDesk"/>',
            '      <supportedOn ref="SUPPORTED_FeedbackDesk"/>',
            "      <elements>",
        ]
        if kind == "text":
            lines.append(
                f'        <text id="{name}Value" valueName="{value_name}" required="true"/>'
            )
        elif kind == "decimal":  # choices: the (lowest, highest) the app accepts
            lowest, highest = choices
            lines.append(
                f'        <decimal id="{name}Value" valueName="{value_name}" '
                f'required="true" minValue="{lowest}" maxValue="{highest}"/>'
            )
        else:
            lines.append(
                f'        <enum id="{name}Value" valueName="{value_name}" required="true">'
            )
            for choice in choices:
                lines += [
                    f'          <item displayName="$(string.{name}_{choice})">'
                    f"<value><string>{choice}</string></value></item>",
                ]
            lines.append("        </enum>")
        lines += ["      </elements>", "    </policy>"]
    lines += ["  </policies>", "</policyDefinitions>", ""]
    return "\n".join(lines)


def adml(language: str) -> str:
    swedish = language == "sv-SE"
    texts = TEXTS[language]
    strings = {"Category": texts["category"], "Supported": texts["supported"]}
    presentations = []
    for name, _key, kind, choices, title_en, title_sv, help_en, help_sv in POLICIES:
        title = title_sv if swedish else title_en
        strings[name] = title
        strings[f"{name}_Help"] = help_sv if swedish else help_en
        for choice in choices if kind == "enum" else ():
            strings[f"{name}_{choice}"] = choice
        if kind == "onoff":
            continue
        control = {"text": "textBox", "decimal": "decimalTextBox", "enum": "dropdownList"}[kind]
        if control == "textBox":
            body = f'<textBox refId="{name}Value"><label>{escape(title)}</label></textBox>'
        else:
            body = f'<{control} refId="{name}Value">{escape(title)}</{control}>'
        presentations.append(f'      <presentation id="{name}">{body}</presentation>')
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f'<policyDefinitionResources revision="1.0" schemaVersion="1.0" xmlns="{NS}">',
        f"  <displayName>{escape(texts['title'])}</displayName>",
        f"  <description>{escape(texts['about'])}</description>",
        "  <resources>",
        "    <stringTable>",
        *[f'      <string id="{key}">{escape(value)}</string>' for key, value in strings.items()],
        "    </stringTable>",
        "    <presentationTable>",
        *presentations,
        "    </presentationTable>",
        "  </resources>",
        "</policyDefinitionResources>",
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    (HERE / "FeedbackDesk.admx").write_text(admx(), encoding="utf-8")
    for language in TEXTS:
        (HERE / language).mkdir(exist_ok=True)
        (HERE / language / "FeedbackDesk.adml").write_text(adml(language), encoding="utf-8")


if __name__ == "__main__":
    main()
