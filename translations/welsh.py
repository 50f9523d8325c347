#!/usr/bin/env python3
"""Fills ridgeline_cy.ts (Welsh) and the plural forms of ridgeline_en.ts from the tables below.

Run after `ninja update_translations` has added new source texts:
    python3 translations/welsh.py
then run `ninja update_translations` once more to put the files back in lupdate's layout.
`python3 translations/welsh.py --check` reports what is missing without writing anything.
Messages already translated by hand (in Qt Linguist) are kept; only empty ones are filled. A message whose
context has no entry for it takes the Welsh of the same source text in the other contexts when they all agree
(so a renamed context keeps its translations); every message left empty is listed and the exit status is 1.
"""
import os
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))

# Welsh keeps the noun singular after a numeral ("4 achos"), so every plural form is the same.
CY = {
    "ridgeline::Domain": {
        "Open": "Agored", "Under examination": "Dan archwiliad", "Awaiting review": "Yn aros am adolygiad",
        "Signed off": "Wedi'i gymeradwyo", "Closed": "Ar gau",
        "Latent finger mark": "Ôl bys cudd", "Latent palm mark": "Ôl cledr llaw cudd",
        "Footwear mark": "Ôl esgid", "Scene photograph": "Ffotograff o'r lleoliad",
        "Received": "Derbyniwyd", "Analysis": "Dadansoddi", "Analysis committed": "Dadansoddiad wedi'i gadarnhau",
        "Comparison": "Cymharu", "Evaluation": "Gwerthuso", "Verification": "Dilysu", "Conflict": "Gwrthdaro",
        "Resolution": "Datrys", "Technical review": "Adolygiad technegol",
        "Suspect": "Un a ddrwgdybir", "Victim": "Dioddefwr", "Witness": "Tyst", "Elimination": "Diystyru",
        "Statement": "Datganiad", "Form": "Ffurflen", "Laboratory report": "Adroddiad labordy",
        "Other document": "Dogfen arall",
        "Verified": "Wedi'i ddilysu", "Imported": "Wedi'i fewnforio", "Quarantined": "Mewn cwarantîn",
        "Unknown finger": "Bys anhysbys",
        "Right thumb": "Bawd de", "Right index": "Mynegfys de", "Right middle": "Bys canol de",
        "Right ring": "Bys modrwy de", "Right little": "Bys bach de",
        "Left thumb": "Bawd chwith", "Left index": "Mynegfys chwith", "Left middle": "Bys canol chwith",
        "Left ring": "Bys modrwy chwith", "Left little": "Bys bach chwith",
        "Plain right thumb": "Bawd de (argraff wastad)", "Plain left thumb": "Bawd chwith (argraff wastad)",
        "Plain right four fingers": "Pedwar bys de (argraff wastad)",
        "Plain left four fingers": "Pedwar bys chwith (argraff wastad)",
    },
    "ridgeline::Role": {
        "Fingerprint examiner": "Archwiliwr olion bysedd", "Case officer": "Swyddog achos",
        "Supervisor": "Goruchwylydd", "Administrator": "Gweinyddwr",
    },
    "ridgeline::AboutDialog": {
        "About Ridgeline": "Ynghylch Ridgeline",
        "<h2>Ridgeline %1</h2>": "<h2>Ridgeline %1</h2>",
        "A workstation for forensic mark examination and case work: receive scene marks, analyse, compare and "
        "verify them under ACE-V, and keep every record in an encrypted workspace with a tamper-evident audit trail.":
        "Gweithfan ar gyfer archwilio olion fforensig a gwaith achos: derbyn olion o'r lleoliad, eu dadansoddi, eu "
        "cymharu a'u dilysu dan ACE-V, a chadw pob cofnod mewn gweithle wedi'i amgryptio gyda llwybr archwilio sy'n "
        "dangos unrhyw ymyrraeth.",
        "Library": "Llyfrgell", "Used for": "Defnyddir ar gyfer", "Licence": "Trwydded",
        "Window, translations, threads": "Ffenestr, cyfieithiadau, edafedd",
        "Image decoding and enhancement": "Datgodio a gwella delweddau",
        "Encrypted workspace database": "Cronfa ddata'r gweithle wedi'i hamgryptio",
        "Key derivation, key wrapping, signatures": "Deillio allweddi, lapio allweddi, llofnodion",
        "PDF documents": "Dogfennau PDF", "Built on these libraries:": "Wedi'i adeiladu ar y llyfrgelloedd hyn:",
    },
    "ridgeline::CaseBrowser": {
        "Search reference, force, offence, officer…": "Chwilio cyfeirnod, heddlu, trosedd, swyddog…",
        "Show only cases whose reference, force, offence, officer or status contain every word typed here":
        "Dangos dim ond yr achosion y mae eu cyfeirnod, heddlu, trosedd, swyddog neu statws yn cynnwys pob gair a "
        "deipir yma",
        "Show only cases with this status": "Dangos dim ond achosion gyda'r statws hwn",
        "All statuses": "Pob statws", "Cases": "Achosion",
        "%n case(s)": ["%n achos"], "%1 of %n case(s) shown": ["%1 o %n achos yn y golwg"],
    },
    "ridgeline::CaseDetailsPanel": {
        "Exemplars": "Enghreifftiau", "Double-click or press Enter to read the document": "Cliciwch ddwywaith neu "
        "bwyso Enter i ddarllen y ddogfen",
        "%n impression(s)": ["%n argraff"], "None": "Dim",
        "Person in this case": "Person yn yr achos hwn", "May be the same as": "Efallai'r un ag",
        "Match": "Cyfatebiaeth", "Why": "Pam",
        "Records of other forces that may be the same person; they are never merged silently": "Cofnodion "
        "heddluoedd eraill a allai fod yr un person; nid ydynt byth yn cael eu huno'n dawel",
        "&Confirm link": "&Cadarnhau'r cysylltiad",
        "Record that both records are the same person": "Cofnodi mai'r un person yw'r ddau gofnod",
        "&Reject link": "&Gwrthod y cysylltiad",
        "Record that the records are different people": "Cofnodi mai pobl wahanol yw'r cofnodion",
        "Person links proposed for review": "Cysylltiadau personau a gynigiwyd i'w hadolygu",
        "A record in another case": "Cofnod mewn achos arall",
        "Select a case in the list to see its details.": "Dewiswch achos yn y rhestr i weld ei fanylion.",
        "Loading the case…": "Wrthi'n llwytho'r achos…",
        "Force": "Heddlu", "Officer in case": "Swyddog yr achos", "Revision": "Fersiwn", "Created": "Crëwyd",
        "Last updated": "Diweddarwyd ddiwethaf", "Summary": "Crynodeb", "Exhibit": "Arddangosyn",
        "Kind": "Math", "ACE-V stage": "Cam ACE-V", "Resolution": "Cydraniad", "Received": "Derbyniwyd",
        "Name": "Enw", "Role in case": "Rôl yn yr achos", "Date of birth": "Dyddiad geni",
        "Identifiers": "Dynodwyr", "Title": "Teitl", "Pages": "Tudalennau", "Added": "Ychwanegwyd",
        "The case could not be loaded: %1": "Nid oedd modd llwytho'r achos: %1",
        "No summary recorded.": "Dim crynodeb wedi'i gofnodi.", "%L1 ppi": "%L1 ppi",
        "Not calibrated": "Heb ei raddnodi",
        "Place": "Lleoliad", "Recovered by %1; received %2": "Codwyd gan %1; derbyniwyd %2",
        "an unrecorded examiner": "archwiliwr heb ei gofnodi",
        "&Marks (%1)": "&Olion (%1)", "&Persons (%1)": "&Pobl (%1)", "&Documents (%1)": "&Dogfennau (%1)",
        "Double-click or press Enter to open the mark in the mark viewer": "Cliciwch ddwywaith neu bwyso Enter i "
        "agor yr ôl yn y gwyliwr olion",
    },
    "ridgeline::CaseBrowserController": {
        "Your role (%1) may see the case list but not open cases.": "Gall eich rôl (%1) weld rhestr yr achosion "
        "ond nid agor achosion.",
        "The case could not be loaded: %1": "Nid oedd modd llwytho'r achos: %1",
    },
    "ridgeline::CaseListModel": {
        "Reference": "Cyfeirnod", "Case reference: force code, year and number": "Cyfeirnod yr achos: cod yr heddlu, "
        "blwyddyn a rhif",
        "Force": "Heddlu", "The force that owns the case": "Yr heddlu sy'n berchen ar yr achos",
        "Offence": "Trosedd", "Officer in case": "Swyddog yr achos",
        "The officer in charge of the case": "Y swyddog sy'n gyfrifol am yr achos", "Status": "Statws",
        "Updated": "Diweddarwyd", "When the case last changed (local time)": "Pryd y newidiodd yr achos ddiwethaf "
        "(amser lleol)",
    },
    "ridgeline::CommandLine": {
        "Ridgeline forensic mark examination workstation": "Gweithfan archwilio olion fforensig Ridgeline",
        "Workspace database to open.": "Cronfa ddata'r gweithle i'w hagor.",
        "User name to fill in.": "Enw defnyddiwr i'w lenwi.",
        "Sign in as this user without the dialog; the passphrase is read from the environment variable "
        "RIDGELINE_PASSPHRASE.": "Mewngofnodi fel y defnyddiwr hwn heb y ddeialog; darllenir y cyfrinymadrodd o'r "
        "newidyn amgylchedd RIDGELINE_PASSPHRASE.",
        "Save a PNG of the window to this file, then quit.": "Cadw PNG o'r ffenestr yn y ffeil hon, yna gadael.",
        "Milliseconds to wait before the screenshot.": "Milieiliadau i aros cyn y sgrinlun.",
        "Unexpected argument: %1": "Ymresymiad annisgwyl: %1",
        "--screenshot-delay needs a number of milliseconds, not \"%1\"": "Mae --screenshot-delay angen nifer o "
        "filieiliadau, nid \"%1\"",
    },
    "ridgeline::IntakeController": {
        "The inbox is not watched: %1": "Nid yw'r blwch derbyn yn cael ei wylio: %1",
        "%1 was imported but could not be moved out of the inbox: %2": "Mewnforiwyd %1 ond nid oedd modd ei "
        "symud o'r blwch derbyn: %2",
        "%1 was already imported into %2; nothing was duplicated": "Roedd %1 eisoes wedi'i fewnforio i %2; ni "
        "ddyblygwyd dim",
        "Imported %1: %2, %3": "Mewnforiwyd %1: %2, %3",
        "%n mark(s)": ["%n ôl"], "%n document(s)": ["%n ddogfen"], "no result": "dim canlyniad",
        "%1 was not imported and stays where it is: %2": "Ni fewnforiwyd %1 ac mae'n aros lle mae: %2",
        "%1 was refused but could not be moved into quarantine: %2": "Gwrthodwyd %1 ond nid oedd modd ei symud i "
        "gwarantîn: %2",
        "Quarantined %1: %2": "Cwarantîn %1: %2", "Refused %1: %2": "Gwrthodwyd %1: %2",
        "The transmission list could not be read: %1": "Nid oedd modd darllen rhestr y trosglwyddiadau: %1",
        "%1 of %2 %3: %4": "%1 ar gyfer %2 %3: %4",
    },
    "ridgeline::SearchHitModel": {"Case": "Achos", "Person": "Person", "Document": "Dogfen"},
    "ridgeline::WorkspaceSearchController": {"The search did not run: %1": "Ni redodd y chwiliad: %1"},
    "ridgeline::SearchResultsView": {
        "Find in workspace: references, names, places, document text": "Chwilio yn y gweithle: cyfeirnodau, "
        "enwau, lleoedd, testun dogfennau",
        "Press Enter to search the whole workspace": "Pwyswch Enter i chwilio'r gweithle cyfan",
        "Type words to look for and press Enter.": "Teipiwch eiriau i chwilio amdanynt a phwyso Enter.",
        "Double-click or press Enter on a hit to open its case": "Cliciwch ddwywaith neu bwyso Enter ar ganlyniad "
        "i agor ei achos",
        "Searching for “%1”…": "Wrthi'n chwilio am “%1”…", "Nothing found for “%1”.": "Dim byd i “%1”.",
        "%n hit(s) for “%1”": ["%n canlyniad i “%1”"],
    },
    "ridgeline::CaseMediaController": {
        "A mark's image could not be read: %1": "Nid oedd modd darllen delwedd ôl: %1",
        "The document “%1” has no stored original.": "Nid oes gwreiddiol wedi'i storio i'r ddogfen “%1”.",
        "The document “%1” could not be read: %2": "Nid oedd modd darllen y ddogfen “%1”: %2",
        "The proposed person links could not be read: %1": "Nid oedd modd darllen y cysylltiadau personau a "
        "gynigiwyd: %1",
        "The decision on the person link was not recorded: %1": "Ni chofnodwyd y penderfyniad ar y cysylltiad "
        "person: %1",
        "Person link confirmed": "Cadarnhawyd y cysylltiad person", "Person link rejected": "Gwrthodwyd y "
        "cysylltiad person",
    },
    "ridgeline::DocumentDialog": {
        "Close the document (Esc)": "Cau'r ddogfen (Esc)", "%1 — Ridgeline": "%1 — Ridgeline",
    },
    "ridgeline::LockController": {
        "The workstation is still locking. Enter the passphrase again in a moment.": "Mae'r weithfan yn dal i gloi. "
        "Rhowch y cyfrinymadrodd eto mewn munud.",
        "Enter your passphrase to unlock.": "Rhowch eich cyfrinymadrodd i ddatgloi.",
        "That passphrase is not right. The workstation stays locked.": "Nid yw'r cyfrinymadrodd yna'n gywir. Mae'r "
        "weithfan yn aros ar glo.",
    },
    "ridgeline::LockScreen": {
        "&Unlock": "&Datgloi", "Log &out": "A&llgofnodi", "Workstation locked": "Mae'r weithfan ar glo",
        "Passphrase": "Cyfrinymadrodd",
        "Close the workspace without unlocking; another user can then sign in": "Cau'r gweithle heb ddatgloi; gall "
        "defnyddiwr arall fewngofnodi wedyn",
        "&Passphrase:": "&Cyfrinymadrodd:",
        "The workspace is locked for %1 (%2). Enter your passphrase to continue.": "Mae'r gweithle ar glo i %1 (%2). "
        "Rhowch eich cyfrinymadrodd i barhau.",
    },
    "ridgeline::LoginController": {
        "Choose the workspace file to open.": "Dewiswch ffeil y gweithle i'w hagor.",
        "There is no workspace at %1. Check the path, or choose the file with Browse.": "Nid oes gweithle yn %1. "
        "Gwiriwch y llwybr, neu dewiswch y ffeil gyda Pori.",
        "Enter your user name.": "Rhowch eich enw defnyddiwr.",
        "Enter your passphrase.": "Rhowch eich cyfrinymadrodd.",
        "The user name or passphrase is not right for this workspace. Check both and try again; repeated failures "
        "lock the account.": "Nid yw'r enw defnyddiwr na'r cyfrinymadrodd yn gywir ar gyfer y gweithle hwn. "
        "Gwiriwch y ddau a rhowch gynnig arall arni; mae methu dro ar ôl tro yn cloi'r cyfrif.",
        "This account is locked after too many failed sign-ins. Try again later or ask an administrator.":
        "Mae'r cyfrif hwn ar glo ar ôl gormod o ymdrechion aflwyddiannus i fewngofnodi. Rhowch gynnig arall arni "
        "yn nes ymlaen neu gofynnwch i weinyddwr.",
        "The key header beside %1 is missing, so the workspace cannot be unlocked. Restore the header file from "
        "your backup.": "Mae pennyn yr allweddi wrth ymyl %1 ar goll, felly nid oes modd datgloi'r gweithle. "
        "Adferwch ffeil y pennyn o'ch copi wrth gefn.",
        "The workspace %1 is damaged or does not belong with its key header, so it was not opened and nothing was "
        "changed. Restore it from a backup or ask your administrator. Detail: %2": "Mae'r gweithle %1 wedi'i "
        "ddifrodi neu nid yw'n perthyn i bennyn ei allweddi, felly ni chafodd ei agor ac ni newidiwyd dim. "
        "Adferwch ef o gopi wrth gefn neu gofynnwch i'ch gweinyddwr. Manylion: %2",
        "Signing in to %1 did not work: %2": "Methodd mewngofnodi i %1: %2",
    },
    "ridgeline::LoginDialog": {
        "Sign in to Ridgeline": "Mewngofnodi i Ridgeline", "Ridgeline": "Ridgeline",
        "Forensic mark examination workstation. Sign in with your workspace user name and passphrase.":
        "Gweithfan archwilio olion fforensig. Mewngofnodwch gyda'ch enw defnyddiwr a'ch cyfrinymadrodd ar gyfer y "
        "gweithle.",
        "The workspace database file (its key header lies beside it)": "Ffeil cronfa ddata'r gweithle (mae pennyn "
        "ei allweddi wrth ei hymyl)",
        "&Browse…": "&Pori…", "Choose the workspace file": "Dewis ffeil y gweithle", "&Workspace:": "&Gweithle:",
        "&User name:": "&Enw defnyddiwr:", "&Passphrase:": "&Cyfrinymadrodd:", "&Sign in": "&Mewngofnodi",
        "Open workspace": "Agor gweithle",
        "Ridgeline workspaces (*.ridgeline);;All files (*)": "Gweithleoedd Ridgeline (*.ridgeline);;Pob ffeil (*)",
        "Unlocking…": "Wrthi'n datgloi…",
    },
    "ridgeline::MainActions": {
        "&Lock Workstation": "&Cloi'r weithfan",
        "Hide the workspace until your passphrase is entered again": "Cuddio'r gweithle nes i'ch cyfrinymadrodd "
        "gael ei roi eto",
        "Log &Out": "&Allgofnodi",
        "Close the workspace and return to the sign-in dialog": "Cau'r gweithle a dychwelyd i'r ddeialog "
        "fewngofnodi",
        "&Quit": "&Gadael", "Close the workspace and quit Ridgeline": "Cau'r gweithle a gadael Ridgeline",
        "&Refresh Cases": "&Adnewyddu'r achosion",
        "Read the case list from the workspace again": "Darllen rhestr yr achosion o'r gweithle eto",
        "&Find Case…": "&Canfod achos…",
        "Move to the search field above the case list": "Symud i'r maes chwilio uwchben rhestr yr achosion",
        "F&ull Screen": "&Sgrin lawn", "Use the whole screen for the window": "Defnyddio'r sgrin gyfan i'r ffenestr",
        "&Preferences…": "&Dewisiadau…",
        "Choose the language and when the workstation locks itself": "Dewis yr iaith a phryd mae'r weithfan yn "
        "cloi ei hun",
        "&About Ridgeline": "&Ynghylch Ridgeline",
        "Show the version of Ridgeline and the licences of its libraries": "Dangos fersiwn Ridgeline a thrwyddedau "
        "ei llyfrgelloedd",
        "About &Qt": "Ynghylch &Qt", "Show the version and licence of Qt": "Dangos fersiwn a thrwydded Qt",
        "&File": "&Ffeil", "Main Toolbar": "Prif far offer", "&View": "&Gweld", "Show &Toolbar": "Dangos y &bar offer",
        "Show or hide the toolbar": "Dangos neu guddio'r bar offer", "&Tools": "&Offer", "&Help": "&Cymorth",
        "Find in &Workspace…": "Chwilio yn y &gweithle…",
        "Search case references, names, places and document text in the whole workspace": "Chwilio "
        "cyfeirnodau achosion, enwau, lleoedd a thestun dogfennau yn y gweithle cyfan",
        "&Cases": "&Achosion", "Show the case list and the selected case": "Dangos rhestr yr achosion a'r achos "
        "a ddewiswyd",
        "&Inbox": "&Blwch derbyn",
        "Show the transmissions received, imported and quarantined": "Dangos y trosglwyddiadau a dderbyniwyd, a "
        "fewnforiwyd ac sydd mewn cwarantîn",
        "&Import Package…": "&Mewnforio pecyn…",
        "Import a transmission package (a .zip, or a folder chosen by its manifest.json)": "Mewnforio pecyn "
        "trosglwyddo (.zip, neu ffolder a ddewisir drwy ei manifest.json)",
        "Search &Exemplars for Mark…": "Chwilio'r &enghreifftiau am yr ôl…",
        "Compare the selected mark with every exemplar impression in the workspace and rank the candidates":
        "Cymharu'r ôl a ddewiswyd â phob argraff enghreifftiol yn y gweithle a threfnu'r ymgeiswyr yn ôl eu safle",
        "Open in &Mark Viewer": "Agor yn y &gwyliwr olion",
        "Open the selected mark to zoom, enhance, calibrate and measure it": "Agor yr ôl a ddewiswyd i'w chwyddo, ei "
        "wella, ei raddnodi a'i fesur",
        "&Compare with Exemplar…": "&Cymharu ag enghraifft…",
        "Open the selected mark beside a tenprint impression of a person of the case, to link corresponding features, "
        "align and overlay them": "Agor yr ôl a ddewiswyd wrth ochr argraff o gerdyn olion deg bys un o bobl yr "
        "achos, i gysylltu nodweddion cyfatebol, eu halinio a'u troshaenu",
        "Compare with &Another Mark…": "Cymharu ag ôl &arall…",
        "Open the selected mark beside another mark of the case: a footwear mark beside a test impression of a shoe, "
        "or two scene marks": "Agor yr ôl a ddewiswyd wrth ochr ôl arall o'r achos: ôl esgid wrth ochr argraff "
        "brawf o esgid, neu ddau ôl o'r lleoliad",
    },
    "ridgeline::MainWindow": {
        "%1 — Ridgeline": "%1 — Ridgeline", "Cases": "Achosion", "Case details": "Manylion yr achos",
        "Signed in: %1 (%2)": "Wedi mewngofnodi: %1 (%2)", "User name: %1": "Enw defnyddiwr: %1",
        "Workspace: %1": "Gweithle: %1", "Loading cases…": "Wrthi'n llwytho achosion…",
        "%n case(s)": ["%n achos"], "Cases not loaded": "Ni lwythwyd yr achosion",
        "The case list could not be read: %1": "Nid oedd modd darllen rhestr yr achosion: %1",
        "The lock could not be recorded in the workspace: %1": "Nid oedd modd cofnodi'r cloi yn y gweithle: %1",
        "Workstation locked": "Mae'r weithfan ar glo", "Preferences saved": "Cadwyd y dewisiadau",
        "Inbox": "Blwch derbyn", "Search": "Chwilio", "Package not imported": "Ni fewnforiwyd y pecyn",
        "%1 was not imported.": "Ni fewnforiwyd %1.",
        "The quarantine folder could not be opened; it is %1": "Nid oedd modd agor y ffolder cwarantîn; mae yn %1",
        "Import Transmission Package": "Mewnforio pecyn trosglwyddo",
        "Transmission packages (*.zip manifest.json);;All files (*)": "Pecynnau trosglwyddo (*.zip "
        "manifest.json);;Pob ffeil (*)",
        "The case %1 is not in the case list; refresh the list (F5)": "Nid yw'r achos %1 yn rhestr yr achosion; "
        "adnewyddwch y rhestr (F5)",
        "That case is not shown in the case list; check the status filter": "Nid yw'r achos hwnnw i'w weld yn "
        "rhestr yr achosion; gwiriwch yr hidlydd statws",
        "Opening “%1”…": "Wrthi'n agor “%1”…",
        "Select a mark in the Marks tab first.": "Dewiswch ôl yn y tab Olion yn gyntaf.",
        "The case has no other mark with an image.": "Nid oes gan yr achos ôl arall â delwedd.",
        "Compare %1 with Another Mark": "Cymharu %1 ag ôl arall",
        "The mark to show on the right:": "Yr ôl i'w ddangos ar y dde:",
        "Mark %1 has no image to open.": "Nid oes gan ôl %1 ddelwedd i'w hagor.",
        "Mark %1 has no image to search with": "Nid oes gan ôl %1 ddelwedd i chwilio â hi",
        "Compare the selected mark with every exemplar impression in the workspace and rank the candidates":
        "Cymharu'r ôl a ddewiswyd â phob argraff enghreifftiol yn y gweithle a threfnu'r ymgeiswyr yn ôl eu safle",
        "Select a mark with an image in the Marks tab first.": "Dewiswch ôl sydd â delwedd yn y tab Olion yn gyntaf.",
        "Searching the exemplars for mark %1...": "Wrthi'n chwilio'r enghreifftiau am ôl %1...",
        "%1 is open in a comparison; its markup is edited there. Close the comparison to open the mark viewer.": "Mae "
        "%1 ar agor mewn cymhariaeth; yno y caiff ei farcio ei olygu. Caewch y gymhariaeth i agor y gwyliwr olion.",
        "Mark %1 has no image to compare.": "Nid oes gan ôl %1 ddelwedd i'w chymharu.",
        "Compare %1 with an Exemplar": "Cymharu %1 ag enghraifft",
        "Opening %1 beside %2, %3…": "Wrthi'n agor %1 wrth ochr %2, %3…",
    },
    "ridgeline::PreferencesDialog": {
        "Preferences": "Dewisiadau", "System language": "Iaith y system",
        "A new language is used from the next start of Ridgeline.": "Defnyddir iaith newydd o'r tro nesaf y bydd "
        "Ridgeline yn cychwyn.",
        " min": " mun", "As the workspace policy (%n min)": ["Fel polisi'r gweithle (%n mun)"],
        "Lock the workstation after this many minutes without input. The workspace policy sets the longest time "
        "allowed; a shorter time here wins.": "Cloi'r weithfan ar ôl hyn o funudau heb fewnbwn. Polisi'r gweithle "
        "sy'n pennu'r amser hiraf a ganiateir; mae amser byrrach yma'n cael blaenoriaeth.",
        "General": "Cyffredinol", "&Language:": "&Iaith:", "Security": "Diogelwch",
        "&Lock when idle for:": "&Cloi pan yn segur am:",
        " MB": " MB", "Mark viewer": "Gwyliwr olion", "&Memory for each viewer:": "C&of ar gyfer pob gwyliwr:",
        "How much memory each open mark viewer may use to keep the parts of the image it has already shown, so that "
        "going back to them is instant.": "Faint o gof y caiff pob gwyliwr olion agored ei ddefnyddio i gadw'r "
        "rhannau o'r ddelwedd y mae eisoes wedi'u dangos, fel bod mynd yn ôl atynt ar unwaith.",
        "Memory each mark viewer keeps for parts of the image already shown": "Y cof y mae pob gwyliwr olion yn ei "
        "gadw ar gyfer rhannau o'r ddelwedd a ddangoswyd eisoes",
        "<p>Each open mark viewer keeps the parts of the image it has already drawn, at every zoom, up to this amount "
        "of memory. Panning back or zooming to them is then instant; the parts seen longest ago make room first and "
        "are drawn again from the original when needed.</p><p>More memory helps when you work through very large "
        "images such as scene photographs; less leaves more for other programs. The mark itself is never changed. A "
        "new amount applies at once to the viewers already open.</p>":
        "<p>Mae pob gwyliwr olion agored yn cadw'r rhannau o'r ddelwedd y mae eisoes wedi'u llunio, ar bob "
        "chwyddiad, hyd at y swm hwn o gof. Mae symud yn ôl neu chwyddo iddynt wedyn ar unwaith; y rhannau a welwyd "
        "hiraf yn ôl sy'n gwneud lle gyntaf, ac fe'u llunnir eto o'r gwreiddiol pan fo angen.</p><p>Mae mwy o gof yn "
        "helpu wrth weithio drwy ddelweddau mawr iawn fel ffotograffau o'r lleoliad; mae llai yn gadael mwy i "
        "raglenni eraill. Ni chaiff yr ôl ei hun byth ei newid. Daw swm newydd i rym ar unwaith yn y gwylwyr sydd "
        "eisoes ar agor.</p>",
    },
    "ridgeline": {
        "same identifier %1": "yr un dynodwr %1",
        "same name and date of birth": "yr un enw a dyddiad geni",
        "family and given names entered the other way round": "cyfenw ac enw cyntaf wedi'u rhoi y ffordd arall",
        "name spelled differently (%1 / %2)": "enw wedi'i sillafu'n wahanol (%1 / %2)",
        "same name": "yr un enw", "same date of birth": "yr un dyddiad geni",
        "dates of birth differ as a typing slip would (%1 / %2)": "mae'r dyddiadau geni'n wahanol fel y byddai "
        "llithriad teipio'n eu gwneud (%1 / %2)",
        "\"%1[%2]\" must be an object": "rhaid i \"%1[%2]\" fod yn wrthrych",
        "has unknown value \"%1\"": "mae ganddo werth anhysbys \"%1\"",
        "\"%1\" is not a safe relative path inside the package": "nid yw \"%1\" yn llwybr perthynol diogel y tu mewn "
        "i'r pecyn",
        "must be 64 hexadecimal digits": "rhaid iddo fod yn 64 digid hecsadegol",
        "must be \"rolled\" or \"plain\"": "rhaid iddo fod yn \"rolled\" neu \"plain\"",
        "must be a date written YYYY-MM-DD": "rhaid iddo fod yn ddyddiad ar y ffurf YYYY-MM-DD",
        "field \"items[%1].exhibit\" repeats exhibit reference \"%2\"": "mae'r maes \"items[%1].exhibit\" yn "
        "ailadrodd cyfeirnod arddangosyn \"%2\"",
        "field \"items[%1].path\" repeats file \"%2\"": "mae'r maes \"items[%1].path\" yn ailadrodd y ffeil \"%2\"",
        "field \"items[%1].person\" names person \"%2\", who is not in \"persons\"": "mae'r maes "
        "\"items[%1].person\" yn enwi person \"%2\", nad yw yn \"persons\"",
        "field \"persons[%1].ref\" repeats person \"%2\"": "mae'r maes \"persons[%1].ref\" yn ailadrodd person "
        "\"%2\"",
        "field \"links[%1].item\" names exhibit \"%2\", which is not in \"items\"": "mae'r maes \"links[%1].item\" "
        "yn enwi arddangosyn \"%2\", nad yw yn \"items\"",
        "field \"links[%1].person\" names person \"%2\", who is not in \"persons\"": "mae'r maes "
        "\"links[%1].person\" yn enwi person \"%2\", nad yw yn \"persons\"",
        "Package %1, item %2 (%3): %4": "Pecyn %1, eitem %2 (%3): %4",
        "a document must be a PDF or an image: %1": "rhaid i ddogfen fod yn PDF neu'n ddelwedd: %1",
        "The account \"%1\" is locked after too many failed sign-ins until %2. Wait until then or ask an "
        "administrator.": "Mae'r cyfrif \"%1\" ar glo tan %2 ar ôl gormod o ymdrechion aflwyddiannus i fewngofnodi. "
        "Arhoswch tan hynny neu gofynnwch i weinyddwr.",
        "Importing": "Wrthi'n mewnforio", "Queued": "Yn y ciw",
        "The stored enhancement recipe (revision %1)": "Y rysáit gwella a storiwyd (fersiwn %1)",
        "Stored measurement %1 (%2) cannot be read by this version": "Ni all y fersiwn hon ddarllen mesuriad %1 "
        "(%2) a storiwyd",
        "its SHA-256 is %1 but the manifest says %2; the file was altered or damaged in transit": "ei SHA-256 yw %1 "
        "ond mae'r maniffest yn dweud %2; cafodd y ffeil ei newid neu ei difrodi wrth ei throsglwyddo",
    },
    "ridgeline::AuditedCaseRepository": {
        "\"%1\" is not a valid user name: use 1-64 lower-case letters, digits, '.', '_' or '-', starting with a "
        "letter.": "Nid yw \"%1\" yn enw defnyddiwr dilys: defnyddiwch 1-64 o lythrennau bach, digidau, '.', '_' "
        "neu '-', gan ddechrau gyda llythyren.",
        "The passphrase for \"%1\" is too short: use at least %2 characters (a few unrelated words work well).":
        "Mae'r cyfrinymadrodd ar gyfer \"%1\" yn rhy fyr: defnyddiwch o leiaf %2 nod (mae ychydig o eiriau "
        "digyswllt yn gweithio'n dda).",
    },
    "ridgeline::CaseReference": {
        "\"%1\" is not a case reference; expected FORCE/YEAR/NUMBER, for example WYP/2026/000123": "Nid yw \"%1\" "
        "yn gyfeirnod achos; y disgwyl yw HEDDLU/BLWYDDYN/RHIF, er enghraifft WYP/2026/000123",
        "Case reference \"%1\" has year %2 out of range": "Mae blwyddyn %2 cyfeirnod achos \"%1\" y tu allan i'r "
        "ystod",
    },
    "ridgeline::DemoPackages": {"Cannot create %1": "Nid oes modd creu %1"},
    "ridgeline::DocumentPageView": {
        "Pages of the document. Ctrl+wheel zooms; Page Up and Page Down move by page.": "Tudalennau'r ddogfen. "
        "Mae Ctrl+olwyn yn chwyddo; mae Page Up a Page Down yn symud fesul tudalen.",
        "No document is open.": "Nid oes dogfen ar agor.", "Opening %1…": "Wrthi'n agor %1…",
        "The document cannot be shown.\n%1": "Nid oes modd dangos y ddogfen.\n%1", "Page %1": "Tudalen %1",
    },
    "ridgeline::DocumentSearchBar": {
        "Find in document": "Canfod yn y ddogfen",
        "Text to find, case ignored. Enter: next match; Shift+Enter: previous; Escape: close.": "Testun i'w "
        "ganfod, heb ystyried priflythrennau. Enter: y canlyniad nesaf; Shift+Enter: yr un blaenorol; Escape: cau.",
        "Previous match (Shift+F3)": "Canlyniad blaenorol (Shift+F3)", "Next match (F3)": "Canlyniad nesaf (F3)",
        "Close the find bar (Escape)": "Cau'r bar canfod (Escape)", "Searching…": "Wrthi'n chwilio…",
        "Not found": "Dim canlyniad", "%1 of %2": "%1 o %2", "Matches: %1": "Canlyniadau: %1",
        "(searching…)": "(wrthi'n chwilio…)",
    },
    "ridgeline::DocumentSearchModel": {"p. %1: %2": "t. %1: %2"},
    "ridgeline::DocumentViewer": {
        "Page thumbnails: click one to go to that page.": "Mân-luniau'r tudalennau: cliciwch un i fynd i'r dudalen "
        "honno.",
        "Go to the previous page (Page Up)": "Mynd i'r dudalen flaenorol (Page Up)",
        "Go to the next page (Page Down)": "Mynd i'r dudalen nesaf (Page Down)",
        "Zoom out": "Chwyddo allan", "Zoom in": "Chwyddo i mewn", "100%": "100%", "Actual size": "Maint gwirioneddol",
        "Fit width": "Ffitio'r lled", "Zoom so that the page fills the width": "Chwyddo fel bod y dudalen yn llenwi'r "
        "lled",
        "Fit page": "Ffitio'r dudalen", "Zoom so that a whole page is visible": "Chwyddo fel bod tudalen gyfan i'w "
        "gweld",
        "Find": "Canfod", "Find text in the document": "Canfod testun yn y ddogfen", "Find next": "Canfod y nesaf",
        "Go to the next match": "Mynd i'r canlyniad nesaf", "Find previous": "Canfod yr un blaenorol",
        "Go to the previous match": "Mynd i'r canlyniad blaenorol", "Pages": "Tudalennau",
        "Show or hide the page thumbnails": "Dangos neu guddio mân-luniau'r tudalennau",
        "Previous page": "Tudalen flaenorol",
        "The page in the middle of the view, and how many pages the document has": "Y dudalen yng nghanol y golwg, "
        "a faint o dudalennau sydd yn y ddogfen",
        "Next page": "Tudalen nesaf",
        "Zoom: choose a level or type a percentage from 50 to 400": "Chwyddo: dewiswch lefel neu teipiwch ganran "
        "o 50 i 400",
        "Page %1 of %2": "Tudalen %1 o %2", "No pages": "Dim tudalennau",
        "Zoom: %1%. Choose a level or type a percentage from 50 to 400": "Chwyddo: %1%. Dewiswch lefel neu teipiwch "
        "ganran o 50 i 400",
    },
    "ridgeline::ExemplarCandidateModel": {
        "more than 1 in 2": "mwy nag 1 mewn 2", "below the measured range": "islaw'r ystod a fesurwyd",
        "1 in %L1": "1 mewn %L1", "(unknown case)": "(achos anhysbys)", "%1 paired minutiae. %2": "Parwyd %1 "
        "manylyn. %2",
        "Comparison score of the tool: 0 means nothing in common": "Sgôr cymharu'r offeryn: mae 0 yn golygu dim "
        "byd yn gyffredin",
        "Minutiae of the mark paired with minutiae of the exemplar": "Manylion yr ôl wedi'u paru â manylion yr "
        "enghraifft",
        "Estimated share of different-finger comparisons scoring at least this high (tool-derived, synthetic data)":
        "Cyfran amcangyfrifedig y cymariaethau rhwng bysedd gwahanol sy'n sgorio o leiaf mor uchel â hyn (gan yr "
        "offeryn, data synthetig)",
        "Score-based likelihood ratio (tool-derived, synthetic data); not an examiner's conclusion": "Cymhareb "
        "tebygolrwydd ar sail sgôr (gan yr offeryn, data synthetig); nid casgliad archwiliwr",
        "Rank": "Safle", "Person": "Person", "Finger": "Bys", "Exemplar": "Enghraifft", "Score": "Sgôr",
        "Paired": "Wedi'u paru", "Est. false-match rate": "Cyfradd cyfatebiaeth ffug (amcan.)",
        "Likelihood ratio": "Cymhareb tebygolrwydd", "Cases": "Achosion",
    },
    "ridgeline::ExemplarSearch": {
        "Building templates": "Wrthi'n adeiladu templedi", "Comparing": "Wrthi'n cymharu",
        "no minutiae were found in the probe": "ni chanfuwyd unrhyw fanylion yn yr ôl a chwiliwyd",
        "Mark %1 has no image to search with.": "Nid oes gan ôl %1 ddelwedd i chwilio â hi.",
    },
    "ridgeline::ExemplarSearchController": {
        "The exemplar search did not run: %1": "Ni redodd y chwiliad enghreifftiau: %1",
        "Nothing to search with: %1": "Dim byd i chwilio ag ef: %1",
        "Search cancelled after %L1 of %L2 exemplar impressions; the candidates shown are from that part only.":
        "Canslwyd y chwiliad ar ôl %L1 o %L2 argraff enghreifftiol; o'r rhan honno'n unig y daw'r ymgeiswyr a "
        "ddangosir.",
        "%L1 exemplar impressions searched with %L2 minutiae of %3; %L4 candidates.": "Chwiliwyd %L1 argraff "
        "enghreifftiol gyda %L2 manylyn o %3; %L4 ymgeisydd.",
    },
    "ridgeline::ExemplarSearchDialog": {
        "Exemplar Search": "Chwilio enghreifftiau",
        "Close this window (a running search is cancelled)": "Cau'r ffenestr hon (caiff chwiliad sydd ar waith ei "
        "ganslo)",
    },
    "ridgeline::ExemplarSearchPanel": {
        "&Cancel Search": "&Canslo'r chwiliad",
        "Stop the search; the candidates found so far are kept (Esc)": "Atal y chwiliad; caiff yr ymgeiswyr a "
        "ganfuwyd hyd yma eu cadw (Esc)",
        "Candidates ranked by the tool's comparison score; compare each one yourself": "Ymgeiswyr wedi'u trefnu yn "
        "ôl sgôr cymharu'r offeryn; cymharwch bob un eich hun",
        "Scores, false-match rates and likelihood ratios are derived by the tool from synthetic data (see the user "
        "guide). They help decide what to compare first; they are not an examiner's conclusion.": "Mae'r offeryn "
        "yn cyfrifo'r sgoriau, y cyfraddau cyfatebiaeth ffug a'r cymarebau tebygolrwydd o ddata synthetig (gweler y "
        "canllaw defnyddiwr). Maent yn helpu i benderfynu beth i'w gymharu gyntaf; nid casgliad archwiliwr ydynt.",
        "Exemplar search for mark %1": "Chwiliad enghreifftiau ar gyfer ôl %1",
        "Searching the workspace's exemplars...": "Wrthi'n chwilio enghreifftiau'r gweithle...",
        "%1: %L2 of %L3": "%1: %L2 o %L3",
    },
    "ridgeline::ExemplarTemplateHook": {"search templates": "templedi chwilio"},
    "ridgeline::Fields": {
        "field \"%1\" %2": "maes \"%1\": %2", "is missing": "mae ar goll", "must be a string": "rhaid iddo fod yn "
        "llinyn testun",
        "is empty": "mae'n wag", "is longer than %1 characters": "mae'n hwy na %1 nod",
        "must be an ISO 8601 time with a zone, e.g. 2026-11-24T08:30:00Z": "rhaid iddo fod yn amser ISO 8601 gyda "
        "chylchfa amser, e.e. 2026-11-24T08:30:00Z",
        "must be a number from %1 to %2": "rhaid iddo fod yn rhif o %1 i %2",
        "must be an object": "rhaid iddo fod yn wrthrych", "must be an array": "rhaid iddo fod yn arae",
    },
    "ridgeline::ImportPreparer": {
        "Package %1: %2": "Pecyn %1: %2",
        "Import of %1 was cancelled; nothing was written": "Canslwyd mewnforio %1; ni ysgrifennwyd dim",
        "%1 is not a regular file": "Nid yw %1 yn ffeil reolaidd",
        "%1 is larger than the %2 MB limit": "Mae %1 yn fwy na'r terfyn o %2 MB",
        "Cannot read %1: %2": "Nid oes modd darllen %1: %2", "Not recorded": "Heb ei gofnodi",
    },
    "ridgeline::InboxDetailPane": {
        "Select a transmission to see its details.": "Dewiswch drosglwyddiad i weld ei fanylion.",
        "Status": "Statws", "Case": "Achos", "Sender": "Anfonwr", "Scene examiner": "Archwiliwr lleoliad",
        "Captured": "Cipiwyd", "Received": "Derbyniwyd", "Since capture": "Ers cipio",
        "Transmission": "Trosglwyddiad", "Package SHA-256": "SHA-256 y pecyn",
        "The transmission's identifier, as recorded in the audit trail": "Dynodwr y trosglwyddiad, fel y'i "
        "cofnodwyd yn y llwybr archwilio",
        "SHA-256 of the package as received": "SHA-256 y pecyn fel y'i derbyniwyd",
        "Reason for quarantine": "Rheswm dros gwarantîn", "Open case": "Agor yr achos",
        "Open the case this transmission was filed into": "Agor yr achos y ffeiliwyd y trosglwyddiad hwn ynddo",
        "Show quarantine folder": "Dangos y ffolder cwarantîn",
        "Show the folder holding the sender's files and the reason file, unchanged": "Dangos y ffolder sy'n dal "
        "ffeiliau'r anfonwr a'r ffeil rheswm, heb eu newid",
    },
    "ridgeline::InboxModel": {
        "in the future": "yn y dyfodol", "under 1 min": "llai nag 1 mun", "%1 min": "%1 mun",
        "%1 h %2 min": "%1 awr %2 mun", "%1 d %2 h": "%1 diwrnod %2 awr",
        "Importing %1%": "Wrthi'n mewnforio %1%", "Importing %1: %2% done": "Wrthi'n mewnforio %1: %2% wedi'i wneud",
        "Package %1": "Pecyn %1", "Quarantined: %1": "Mewn cwarantîn: %1", "%1 · %2": "%1 · %2",
        "Status": "Statws", "Sender": "Anfonwr", "Scene examiner": "Archwiliwr lleoliad", "Case": "Achos",
        "Captured": "Cipiwyd", "Received": "Derbyniwyd", "Since capture": "Ers cipio", "Reason": "Rheswm",
        "Received, verified, imported, or quarantined with a reason": "Wedi'i dderbyn, wedi'i ddilysu, wedi'i "
        "fewnforio, neu mewn cwarantîn gyda rheswm",
        "Sending force and scene device": "Yr heddlu sy'n anfon a dyfais y lleoliad",
        "Scene examiner who captured the marks": "Yr archwiliwr lleoliad a gipiodd yr olion",
        "Case reference given in the package": "Cyfeirnod yr achos a roddwyd yn y pecyn",
        "When the marks were captured at the scene (local time)": "Pryd y cipiwyd yr olion yn y lleoliad (amser "
        "lleol)",
        "When the package arrived at this workstation (local time)": "Pryd y cyrhaeddodd y pecyn y weithfan hon "
        "(amser lleol)",
        "Time since capture at the scene": "Yr amser ers cipio yn y lleoliad",
        "Why a package was quarantined": "Pam y rhoddwyd pecyn mewn cwarantîn",
        "%1 is queued: it is imported after the packages before it": "Mae %1 yn y ciw: caiff ei fewnforio ar ôl y "
        "pecynnau o'i flaen",
    },
    "ridgeline::InboxView": {
        "Show only transmissions with this status": "Dangos dim ond trosglwyddiadau gyda'r statws hwn",
        "All statuses": "Pob statws", "Open case": "Agor yr achos",
        "Open the case this transmission was filed into": "Agor yr achos y ffeiliwyd y trosglwyddiad hwn ynddo",
        "Show quarantine folder": "Dangos y ffolder cwarantîn",
        "Show the folder holding the quarantined package and its reason file": "Dangos y ffolder sy'n dal y pecyn "
        "sydd mewn cwarantîn a'i ffeil rheswm",
        "&Status:": "&Statws:", "Transmissions: %1": "Trosglwyddiadau: %1",
        "Showing %1 of %2 transmissions": "Yn dangos %1 o %2 trosglwyddiad",
    },
    "ridgeline::InboxWatcher": {
        "Cannot create the inbox folder %1; check the disk and permissions": "Nid oes modd creu ffolder y blwch "
        "derbyn %1; gwiriwch y ddisg a'r caniatâd",
        "Cannot move %1 to %2; the package stays in the inbox": "Nid oes modd symud %1 i %2; mae'r pecyn yn aros "
        "yn y blwch derbyn",
        "Package: %1\nQuarantined: %2\nReason: %3\n": "Pecyn: %1\nMewn cwarantîn: %2\nRheswm: %3\n",
        "Quarantined %1 but could not write its reason file": "Rhoddwyd %1 mewn cwarantîn ond nid oedd modd "
        "ysgrifennu ei ffeil rheswm",
        "Cannot create the quarantine folder %1": "Nid oes modd creu'r ffolder cwarantîn %1",
        "Cannot copy %1 into quarantine": "Nid oes modd copïo %1 i gwarantîn",
    },
    "ridgeline::LocalWorkspaceSession": {
        "The session has ended; sign in again.": "Mae'r sesiwn wedi dod i ben; mewngofnodwch eto.",
        "The session of \"%1\" is locked; unlock it with your passphrase first.": "Mae sesiwn \"%1\" ar glo; "
        "datglowch hi â'ch cyfrinymadrodd yn gyntaf.",
        "%1 (%2) may not %3%4. Ask a user whose role allows it; the refusal was recorded.": "Ni chaiff %1 (%2) wneud "
        "%3%4. Gofynnwch i ddefnyddiwr y mae ei rôl yn caniatáu hynny; cofnodwyd y gwrthodiad.",
        "The policy needs at least one allowed failed sign-in and durations of zero or more seconds.": "Mae'r "
        "polisi angen o leiaf un ymgais aflwyddiannus a ganiateir i fewngofnodi, a chyfnodau o sero eiliad neu fwy.",
        "User \"%1\" already exists; choose another name.": "Mae'r defnyddiwr \"%1\" yn bodoli eisoes; dewiswch enw "
        "arall.",
        "You cannot remove your own account (%1); ask another administrator.": "Ni allwch ddileu eich cyfrif eich "
        "hun (%1); gofynnwch i weinyddwr arall.",
        "There is no user \"%1\" in this workspace.": "Nid oes defnyddiwr \"%1\" yn y gweithle hwn.",
        "The current passphrase of \"%1\" is wrong; the passphrase was not changed.": "Mae cyfrinymadrodd presennol "
        "\"%1\" yn anghywir; ni newidiwyd y cyfrinymadrodd.",
        "The account \"%1\" is locked after too many failed attempts until %2.": "Mae'r cyfrif \"%1\" ar glo tan %2 "
        "ar ôl gormod o ymdrechion aflwyddiannus.",
        "Wrong passphrase for \"%1\"; the session stays locked.": "Cyfrinymadrodd anghywir ar gyfer \"%1\"; mae'r "
        "sesiwn yn aros ar glo.",
        "libsodium could not start; no workspace can be created.": "Nid oedd modd cychwyn libsodium; nid oes modd "
        "creu gweithle.",
        "%1 already exists; choose another path for the new workspace (nothing was overwritten).": "Mae %1 yn "
        "bodoli eisoes; dewiswch lwybr arall ar gyfer y gweithle newydd (ni throsysgrifwyd dim).",
        "Creating workspace %1": "Creu'r gweithle %1",
        "libsodium could not start; the workspace stays locked.": "Nid oedd modd cychwyn libsodium; mae'r gweithle'n "
        "aros ar glo.",
        "The workspace %1 does not exist. Check the path (--db) or create it with 'ridgeline-cli init'.": "Nid yw'r "
        "gweithle %1 yn bodoli. Gwiriwch y llwybr (--db) neu crëwch ef gyda 'ridgeline-cli init'.",
        "The key header %1 belongs to another workspace database, not %2. Put the .keys file that was made with this "
        "database beside it.": "Mae pennyn yr allweddi %1 yn perthyn i gronfa ddata gweithle arall, nid %2. Rhowch y "
        "ffeil .keys a wnaed gyda'r gronfa ddata hon wrth ei hymyl.",
        "The key header beside %1 names another database id; the two files do not belong together. Restore the "
        "matching pair from a backup.": "Mae pennyn yr allweddi wrth ymyl %1 yn enwi dynodydd cronfa ddata arall; "
        "nid yw'r ddwy ffeil yn perthyn i'w gilydd. Adferwch y pâr cyfatebol o gopi wrth gefn.",
        "The account \"%1\" is disabled in this workspace. Ask an administrator.": "Mae'r cyfrif \"%1\" wedi'i "
        "analluogi yn y gweithle hwn. Gofynnwch i weinyddwr.",
        "Database page check: %1": "Gwirio tudalennau'r gronfa ddata: %1",
        "Database pages of %1 are damaged or were modified outside Ridgeline (%2)%3.": "Mae tudalennau cronfa ddata "
        "%1 wedi'u difrodi neu wedi'u newid y tu allan i Ridgeline (%2)%3.",
        " in table(s) %1": " yn y tabl(au) %1",
        "Database page check of %1: %2": "Gwirio tudalennau cronfa ddata %1: %2",
        "Originals could not be checked: %1": "Nid oedd modd gwirio'r ffeiliau gwreiddiol: %1",
        "The audit trail could not be read: %1": "Nid oedd modd darllen y llwybr archwilio: %1",
        "The key header beside %1 belongs to another database.": "Mae pennyn yr allweddi wrth ymyl %1 yn perthyn i "
        "gronfa ddata arall.",
        "The audit trail of %1 was truncated: it ends at event %2 but a checkpoint was signed at event %3, so events "
        "%4 to %3 were removed. Restore the workspace from a backup; nothing was written.": "Cafodd llwybr "
        "archwilio %1 ei gwtogi: mae'n gorffen wrth ddigwyddiad %2 ond llofnodwyd pwynt gwirio wrth ddigwyddiad %3, "
        "felly tynnwyd digwyddiadau %4 i %3. Adferwch y gweithle o gopi wrth gefn; ni ysgrifennwyd dim.",
        "Package %1 cannot be imported while another import is open.": "Nid oes modd mewnforio pecyn %1 tra bo "
        "mewnforiad arall ar agor.",
        "An original was offered with no import open.": "Cynigiwyd gwreiddiol heb fod mewnforiad ar agor.",
        "The output hash of mark %1 is not a SHA-256 (64 hex digits): %2": "Nid yw stwnsh allbwn ôl %1 yn SHA-256 "
        "(64 digid hecs): %2",
    },
    "ridgeline::MarkCanvas": {
        "Mark image": "Delwedd yr ôl",
        "Wheel: zoom about the cursor · drag: pan or measure with the chosen tool · Space+drag: pan\n+ / −: zoom · 1: "
        "actual pixels · 0 or F: fit · arrows: pan": "Olwyn: chwyddo o amgylch y cyrchwr · llusgo: symud neu fesur "
        "gyda'r offeryn a ddewiswyd · Bylchwr+llusgo: symud\n+ / −: chwyddo · 1: picseli gwirioneddol · 0 neu F: "
        "ffitio · saethau: symud",
        "Loading %1…": "Wrthi'n llwytho %1…",
        "Markup: suggestion selected, Enter accepts, Delete rejects": "Marcio: awgrym wedi'i ddewis, mae Enter yn ei "
        "dderbyn, mae Delete yn ei wrthod",
        "Markup: %1": "Marcio: %1",
        "Region of interest: %n point(s); Enter or double-click closes, Escape drops": [
            "Ardal o ddiddordeb: %n pwynt; mae Enter neu glic dwbl yn ei chau, mae Escape yn ei dileu"],
        "Clarity map: %1, brush %2 px; [ and ] size the brush; 2 green, 3 yellow, 4 red, 5 orange, Delete erases":
        "Map eglurder: %1, brwsh %2 px; mae [ a ] yn newid maint y brwsh; 2 gwyrdd, 3 melyn, 4 coch, 5 oren, mae "
        "Delete yn dileu",
        "eraser": "rhwbiwr",
    },
    "ridgeline::MarkDocument": {
        "%1; saved with the mark by %2 (revision %3)": "%1; wedi'i gadw gyda'r ôl gan %2 (fersiwn %3)",
        "Uncalibrated: measurements are in pixels only": "Heb ei raddnodi: mewn picseli yn unig y mae'r mesuriadau",
        "%1 ppi": "%1 ppi",
        "%1, from two points %2 mm apart on the scale, refined on %3 graduations": "%1, o ddau bwynt %2 mm ar "
        "wahân ar y raddfa, wedi'i fireinio ar %3 marc graddfa",
        "%1, from two points %2 mm apart on the scale": "%1, o ddau bwynt %2 mm ar wahân ar y raddfa",
        "%1, from the resolution stored in the image file": "%1, o'r cydraniad a storiwyd yn ffeil y ddelwedd",
        "%1, from the transmission manifest": "%1, o faniffest y trosglwyddiad",
        "%1, typed by the examiner": "%1, wedi'i deipio gan yr archwiliwr",
        "Calibrate from scale": "Graddnodi o'r raddfa",
        "A resolution of %1 ppi is not possible: type a positive value": "Nid yw cydraniad o %1 ppi yn bosibl: "
        "teipiwch werth positif",
        "Set resolution": "Gosod y cydraniad", "Measure distance": "Mesur pellter", "Measure angle": "Mesur ongl",
        "Count ridges": "Cyfrif cribau", "Remove measurement": "Dileu'r mesuriad",
    },
    "ridgeline::MarkPreviewHook": {"mark viewer previews": "rhagolygon y gwyliwr olion"},
    "ridgeline::MarkViewerWindow": {
        "The markup of %1 could not be read: %2": "Nid oedd modd darllen marcio %1: %2",
        "The stored markup of %1 was not loaded: this window has newer changes, which are being saved as your "
        "draft": "Ni lwythwyd y marcio a gadwyd ar gyfer %1: mae gan y ffenestr hon newidiadau mwy newydd, sy'n cael "
        "eu cadw fel eich drafft",
        "The stored markup of %1 cannot be used by this version: %2": "Ni all y fersiwn hon ddefnyddio'r marcio a "
        "gadwyd ar gyfer %1: %2",
        "Resumed your unsaved markup of %1 (%n feature(s)), autosaved %2": [
            "Ailddechreuwyd eich marcio heb ei gadarnhau ar %1 (%n nodwedd), wedi'i gadw'n awtomatig %2"],
        "Markup revision %1 of %2 (%n feature(s)), committed %3": [
            "Fersiwn %1 o farcio %2 (%n nodwedd), wedi'i gadarnhau %3"],
        "The markup of %1 could not be autosaved: %2": "Nid oedd modd cadw marcio %1 yn awtomatig: %2",
        "%1[*] – Mark Viewer": "%1[*] – Gwyliwr olion", "Reading %1…": "Wrthi'n darllen %1…",
        "The mark %1 could not be read: %2": "Nid oedd modd darllen yr ôl %1: %2",
        "Decoding %1…": "Wrthi'n datgodio %1…",
        "&Pan": "&Symud", "Drag to move the image": "Llusgwch i symud y ddelwedd",
        "&Calibrate": "&Graddnodi",
        "Draw a line between two marks on the scale; its length is the scale length in the side panel": "Lluniwch "
        "linell rhwng dau farc ar y raddfa; ei hyd yw hyd y raddfa yn y panel ochr",
        "&Distance": "&Pellter", "Draw a line to measure a distance in mm and pixels": "Lluniwch linell i fesur "
        "pellter mewn mm a phicseli",
        "&Angle": "&Ongl", "Draw the first arm to the vertex, then click on the second arm": "Lluniwch y fraich "
        "gyntaf at y fertig, yna cliciwch ar yr ail fraich",
        "&Ridge Count": "Cyfrif &cribau", "Draw a line across the ridges to count the ridges it crosses": "Lluniwch "
        "linell ar draws y cribau i gyfrif y cribau y mae'n eu croesi",
        "Zoom &In": "Chwyddo &i mewn", "Zoom in": "Chwyddo i mewn", "Zoom &Out": "Chwyddo &allan",
        "Zoom out": "Chwyddo allan", "&Fit to Window": "&Ffitio i'r ffenestr",
        "Show the whole image": "Dangos y ddelwedd gyfan", "&Actual Pixels": "&Picseli gwirioneddol",
        "One image pixel per screen pixel": "Un picsel delwedd i bob picsel sgrin", "&Life Size": "Maint &naturiol",
        "Show the mark at its real size on this screen (needs a calibration)": "Dangos yr ôl yn ei faint go iawn ar "
        "y sgrin hon (mae angen graddnodi)",
        "Rotate &Left": "Troi i'r &chwith", "Turn the view 90° anticlockwise": "Troi'r olwg 90° yn wrthglocwedd",
        "Rotate &Right": "Troi i'r &dde", "Turn the view 90° clockwise": "Troi'r olwg 90° yn glocwedd",
        "&Mirror": "Ad&lewyrchu", "Mirror the view left to right (for marks lifted on tape)": "Adlewyrchu'r olwg "
        "o'r chwith i'r dde (ar gyfer olion a godwyd ar dâp)",
        "Pixel &Grid": "&Grid picseli", "Outline each pixel from 800% zoom": "Amlinellu pob picsel o chwyddiad 800% "
        "ymlaen",
        "&Overview": "&Trosolwg", "Show the whole image in a corner; click it to jump there": "Dangos y ddelwedd "
        "gyfan mewn cornel; cliciwch arni i neidio yno",
        "Lou&pe": "Chwydd&wydr", "Magnify the area under the cursor": "Chwyddo'r ardal o dan y cyrchwr",
        "Show &Enhancement": "Dangos y ddelwedd w&edi'i gwella",
        "Show the enhancement recipe's result over the original": "Dangos canlyniad y rysáit gwella dros y "
        "gwreiddiol",
        "&Save Work": "&Cadw'r gwaith",
        "Store the enhancement recipe, calibration and measurements with the mark, with the SHA-256 of the recipe's "
        "output": "Storio'r rysáit gwella, y graddnodi a'r mesuriadau gyda'r ôl, ynghyd â SHA-256 allbwn y rysáit",
        "&Export Calibrated Copy…": "&Allforio copi wedi'i raddnodi…",
        "Write the enhanced mark at 1000 or 500 ppi as lossless PNG or TIFF with its processing report": "Ysgrifennu'r "
        "ôl wedi'i wella ar 1000 neu 500 ppi fel PNG neu TIFF di-golled gyda'i adroddiad prosesu",
        "Mark Viewer": "Gwyliwr olion", "View": "Golwg",
        "Rotation of the view, clockwise, any angle": "Cylchdro'r olwg, yn glocwedd, unrhyw ongl",
        "Rotation": "Cylchdro",
        "16-bit display window: the sample value shown black": "Ffenestr arddangos 16 did: y gwerth sampl a ddangosir "
        "yn ddu",
        "16-bit display window: the sample value shown white": "Ffenestr arddangos 16 did: y gwerth sampl a "
        "ddangosir yn wyn",
        " Window ": " Ffenestr ",
        "&File": "&Ffeil", "&Close": "Ca&u", "&Edit": "Go&lygu", "&Undo": "&Dadwneud", "&Redo": "&Ailwneud",
        "&View": "&Gweld", "&Tools": "&Offer", "E&nhancement": "G&wella",
        "Calibration && &Measurements": "Graddnodi a &Mesuriadau", "Mark": "Ôl",
        "%1 is not calibrated: calibrate it on its scale before exporting a calibrated copy": "Nid yw %1 wedi'i "
        "raddnodi: graddnodwch ef ar ei raddfa cyn allforio copi wedi'i raddnodi",
        "Export Calibrated Copy": "Allforio copi wedi'i raddnodi", "Resolution of the copy:": "Cydraniad y copi:",
        "1000 ppi": "1000 ppi", "500 ppi": "500 ppi",
        "Lossless images (*.png *.tif *.tiff)": "Delweddau di-golled (*.png *.tif *.tiff)",
        "Exporting %1…": "Wrthi'n allforio %1…",
        "The calibrated copy %1 was not written: %2": "Ni ysgrifennwyd y copi wedi'i raddnodi %1: %2",
        "Wrote %1 and its processing report (output SHA-256 %2)": "Ysgrifennwyd %1 a'i adroddiad prosesu (SHA-256 "
        "yr allbwn %2)",
        "The saved work on %1 could not be read: %2": "Nid oedd modd darllen y gwaith a gadwyd ar %1: %2",
        "The saved work on %1 cannot be used by this version: %2": "Ni all y fersiwn hon ddefnyddio'r gwaith a "
        "gadwyd ar %1: %2",
        "Saved work revision %1 by %2, %3; calibration: %4": "Gwaith a gadwyd, fersiwn %1 gan %2, %3; graddnodi: %4",
        "%1 cannot be saved yet: its original is still being read": "Nid oes modd cadw %1 eto: mae ei wreiddiol yn "
        "dal i gael ei ddarllen",
        "not loaded": "heb ei lwytho",
        "Replaying the recipe on the original of %1 to record its output…": "Wrthi'n ailchwarae'r rysáit ar "
        "wreiddiol %1 i gofnodi ei allbwn…",
        "The work on %1 was not saved: someone saved it from another workstation meanwhile. Close and reopen the "
        "mark to see their work. (%2)": "Ni chadwyd y gwaith ar %1: cadwodd rhywun ef o weithfan arall yn y "
        "cyfamser. Caewch yr ôl a'i agor eto i weld eu gwaith. (%2)",
        "The work on %1 was not saved: %2": "Ni chadwyd y gwaith ar %1: %2",
        "Saved the work on %1 as revision %2 (output SHA-256 %3)": "Cadwyd y gwaith ar %1 fel fersiwn %2 (SHA-256 "
        "yr allbwn %3)",
        "Unsaved Work": "Gwaith heb ei gadw",
        "The work on %1 (recipe, calibration, measurements) has changes that are not saved with the mark.": "Mae "
        "newidiadau i'r gwaith ar %1 (rysáit, graddnodi, mesuriadau) nad ydynt wedi'u cadw gyda'r ôl.",
        "Save them before closing?": "Eu cadw cyn cau?",
        # K is the tool's shortcut; M is free in the Tools menu (Symud, Graddnodi, Pellter, Ongl, Cyfrif cribau).
        "Mar&kup": "&Marcio",
        "Mark features: a click places the chosen type (Shift+letter chooses it), a drag sets its direction; click a "
        "feature to select it, drag to move it, Delete removes it": "Marcio nodweddion: mae clic yn gosod y math a "
        "ddewiswyd (mae Shift+llythyren yn ei ddewis), mae llusgo'n gosod ei gyfeiriad; cliciwch nodwedd i'w dewis, "
        "llusgwch hi i'w symud, mae Delete yn ei thynnu",
        "The markup of %1 could not be started: %2": "Nid oedd modd dechrau marcio %1: %2",
        "Feat&ures": "&Nodweddion",
        # Markup menu: M (Marcio), A, D, C, L, E.
        "&Commit Markup Revision": "&Cadarnhau fersiwn o'r marcio",
        "Store the markup as its next committed revision (with its SHA-256 in the audit trail); until then it is kept "
        "as your draft": "Storio'r marcio fel ei fersiwn nesaf wedi'i chadarnhau (gyda'i SHA-256 yn y llwybr "
        "archwilio); tan hynny caiff ei gadw fel eich drafft",
        "The markup of %1 cannot be committed yet: it is still being read": "Nid oes modd cadarnhau marcio %1 eto: "
        "mae'n dal i gael ei ddarllen",
        "Committing the markup of %1…": "Wrthi'n cadarnhau marcio %1…",
        "The markup of %1 was not committed: there are no changes since the last revision": "Ni chadarnhawyd marcio "
        "%1: nid oes newidiadau ers y fersiwn ddiwethaf",
        "The markup of %1 was not committed: %2": "Ni chadarnhawyd marcio %1: %2",
        "Markup revision %1 of %2 committed": "Cadarnhawyd fersiwn %1 o farcio %2",
        "E&xport Markup…": "A&llforio'r marcio…",
        "Write the markup to a ridgeline-markup JSON file": "Ysgrifennu'r marcio i ffeil JSON ridgeline-markup",
        "&Import Markup…": "M&ewnforio marcio…",
        "Replace the markup with one read from a ridgeline-markup JSON file of this same image": "Disodli'r marcio ag "
        "un a ddarllenir o ffeil JSON ridgeline-markup ar gyfer yr un ddelwedd hon",
        "Export Markup": "Allforio'r marcio", "Ridgeline markup (*.json)": "Marcio Ridgeline (*.json)",
        "Import Markup": "Mewnforio marcio",
        "The markup of %1 was not exported: its original is still being read": "Ni allforiwyd marcio %1: mae ei "
        "wreiddiol yn dal i gael ei ddarllen",
        "The markup was not written to %1: %2": "Ni ysgrifennwyd y marcio i %1: %2",
        "Wrote the markup (%n feature(s)) to %1": ["Ysgrifennwyd y marcio (%n nodwedd) i %1"],
        "%1 was not imported: the original of %2 is still being read": "Ni fewnforiwyd %1: mae gwreiddiol %2 yn dal i "
        "gael ei ddarllen",
        "%1 was not imported: at %2 MB it is too large to be a markup file": "Ni fewnforiwyd %1: ar %2 MB mae'n rhy "
        "fawr i fod yn ffeil marcio",
        "%1 was not imported: %2": "Ni fewnforiwyd %1: %2",
        "%1 was not imported: it is not a valid markup file: %2": "Ni fewnforiwyd %1: nid yw'n ffeil marcio ddilys: %2",
        "%1 was not imported: it is the markup of another image (SHA-256 %2, %3×%4 px), not of %5 (SHA-256 %6, %7×%8 "
        "px)": "Ni fewnforiwyd %1: marcio delwedd arall ydyw (SHA-256 %2, %3×%4 px), nid marcio %5 (SHA-256 %6, "
        "%7×%8 px)",
        "Replace the markup of %1 (%n feature(s)) with the one in %2?": [
            "Disodli marcio %1 (%n nodwedd) â'r un yn %2?"],
        "Its features, suggestions, region of interest, clarity map and \"none present\" records replace the current "
        "ones. This cannot be undone: the markup's undo history is cleared. Export the markup first to keep a copy.":
        "Bydd ei nodweddion, ei awgrymiadau, ei ardal o ddiddordeb, ei fap eglurder a'i gofnodion \"dim yn "
        "bresennol\" yn disodli'r rhai presennol. Nid oes modd dadwneud hyn: caiff hanes dadwneud y marcio ei glirio. "
        "Allforiwch y marcio yn gyntaf i gadw copi.",
        "&Replace": "&Disodli",
        "%1 was not imported: cancelled": "Ni fewnforiwyd %1: canslwyd",
        "Imported the markup in %1 (%n feature(s)); it is saved as your draft": [
            "Mewnforiwyd y marcio yn %1 (%n nodwedd); mae wedi'i gadw fel eich drafft"],
        "Suggest &Minutiae": "&Awgrymu manylion",
        "Let the engine find ridge endings and bifurcations in the original; they are listed as suggestions in the "
        "Features tab to accept or reject": "Gadael i'r peiriant ganfod terfynau crib a ffyrch yn y gwreiddiol; cânt "
        "eu rhestru fel awgrymiadau yn y tab Nodweddion i'w derbyn neu eu gwrthod",
        "Show S&uggestions": "&Dangos yr awgrymiadau",
        "Draw the engine's suggestions on the image (hollow, with a question mark); hidden, they cannot be picked on "
        "the image": "Llunio awgrymiadau'r peiriant ar y ddelwedd (yn wag, gyda marc cwestiwn); pan fyddant wedi'u "
        "cuddio, nid oes modd eu dewis ar y ddelwedd",
        "Finding minutiae": "Canfod manylion",
        "Minutiae cannot be suggested for %1 yet: its original is still being read": "Nid oes modd awgrymu manylion "
        "ar gyfer %1 eto: mae ei wreiddiol yn dal i gael ei ddarllen",
        "Finding minutiae in %1…": "Wrthi'n canfod manylion yn %1…",
        "No minutiae were suggested for %1: %2": "Ni awgrymwyd unrhyw fanylion ar gyfer %1: %2",
        "The engine found no minutiae in %1: %2": "Ni chanfu'r peiriant unrhyw fanylion yn %1: %2",
        "%n minutia(e) suggested in %1: accept or reject them in the Features tab": [
            "Awgrymwyd %n manylyn yn %1: derbyniwch neu gwrthodwch nhw yn y tab Nodweddion"],
    },
    "ridgeline::Measurement": {
        "%1 mm (%2 px)": "%1 mm (%2 px)", "%1 px": "%1 px", "%1°": "%1°",
        "%1 ridges over %2 mm": "%1 crib dros %2 mm", "%1 ridges over %2 px": "%1 crib dros %2 px",
    },
    "ridgeline::MeasurementPanel": {
        "Distance": "Pellter", "Angle": "Ongl", "Ridge count": "Cyfrif cribau",
        "Snap to the ruler's &graduations": "Snapio i &farciau'r pren mesur", "Set &ppi": "Gosod y &ppi",
        "&Remove measurement": "&Dileu'r mesuriad", " mm": " mm",
        "The distance between the two points you mark on the scale with the calibration tool": "Y pellter rhwng y "
        "ddau bwynt rydych yn eu marcio ar y raddfa gyda'r offeryn graddnodi",
        "Move your clicks onto the nearest graduations for a precise scale": "Symud eich cliciau i'r marciau graddfa "
        "agosaf i gael graddfa fanwl gywir",
        "A resolution you know from elsewhere, in pixels per inch": "Cydraniad rydych yn ei wybod o rywle arall, "
        "mewn picseli y fodfedd",
        "Calibration": "Graddnodi", "Scale &length:": "&Hyd y raddfa:", "Typed &resolution:": "&Cydraniad a "
        "deipiwyd:",
        "Measurement": "Mesuriad", "Value": "Gwerth", "Measurements": "Mesuriadau", "%1 %2": "%1 %2",
    },
    "ridgeline::PackageBuilder": {
        "Cannot write %1: %2": "Nid oes modd ysgrifennu %1: %2", "Cannot write %1": "Nid oes modd ysgrifennu %1",
        "Cannot create %1": "Nid oes modd creu %1", "Cannot add %1 to %2": "Nid oes modd ychwanegu %1 at %2",
        "Cannot rename %1 to %2": "Nid oes modd ailenwi %1 yn %2",
    },
    "ridgeline::PageThumbnailModel": {"Page %1 of %2": "Tudalen %1 o %2"},
    "ridgeline::PdfDocument": {
        "%1 is not a PDF file (no %PDF- header)": "Nid yw %1 yn ffeil PDF (dim pennyn %PDF-)",
        "%1 is a damaged PDF that cannot be read": "Mae %1 yn PDF wedi'i ddifrodi nad oes modd ei ddarllen",
        "%1 is an encrypted PDF; ask the sender for an unprotected copy": "Mae %1 yn PDF wedi'i amgryptio; gofynnwch "
        "i'r anfonwr am gopi heb ei ddiogelu",
        "%1 is a damaged PDF: it has no readable pages": "Mae %1 yn PDF wedi'i ddifrodi: nid oes ganddo dudalennau "
        "darllenadwy",
        "%1 has %2 pages, more than the limit of %3": "Mae gan %1 %2 tudalen, mwy na'r terfyn o %3",
        "%1 is a damaged PDF: its first page cannot be read": "Mae %1 yn PDF wedi'i ddifrodi: nid oes modd darllen ei "
        "dudalen gyntaf",
        "%1 has no page %2": "Nid oes tudalen %2 yn %1",
        "Page %1 of %2 is too large to render at %3 dpi": "Mae tudalen %1 o %2 yn rhy fawr i'w llunio ar %3 dpi",
        "Page %1 of %2 could not be rendered": "Nid oedd modd llunio tudalen %1 o %2",
        "%1 has an empty first page": "Mae tudalen gyntaf %1 yn wag",
    },
    "ridgeline::RecipePanel": {
        "&Add step": "&Ychwanegu cam", "Add an enhancement step at the end": "Ychwanegu cam gwella ar y diwedd",
        "Remove": "Dileu", "Remove the selected step": "Dileu'r cam a ddewiswyd", "Up": "I fyny",
        "Apply the selected step earlier": "Cymhwyso'r cam a ddewiswyd yn gynt", "Down": "I lawr",
        "Apply the selected step later": "Cymhwyso'r cam a ddewiswyd yn hwyrach",
        "Enhancement steps": "Camau gwella",
        "Steps are applied to the original in this order; untick a step to skip it": "Caiff y camau eu cymhwyso i'r "
        "gwreiddiol yn y drefn hon; dad-diciwch gam i'w hepgor",
        "Parameters of the selected step:": "Paramedrau'r cam a ddewiswyd:", "Add “%1”": "Ychwanegu “%1”",
        "%1. %2": "%1. %2", "x,y; x,y; …": "x,y; x,y; …",
        "Points in pixels, separated by semicolons": "Pwyntiau mewn picseli, wedi'u gwahanu gan hanner colonau",
        "Change %1": "Newid %1", "Remove step": "Dileu cam", "Move step": "Symud cam", "Enable step": "Galluogi cam",
        "Disable step": "Analluogi cam",
    },
    "ridgeline::ThumbnailHook": {"thumbnails": "mân-luniau"},
    "ridgeline::TransmissionManifest": {
        "manifest.json: %1": "manifest.json: %1", "is larger than 16 MB": "mae'n fwy na 16 MB",
        "is not valid JSON (%1 at byte %2)": "nid yw'n JSON dilys (%1 ar feit %2)",
        "must hold a JSON object": "rhaid iddo gynnwys gwrthrych JSON",
        "must be \"ridgeline-transmission\"": "rhaid iddo fod yn \"ridgeline-transmission\"",
        "schema version %1 is not supported (this version of Ridgeline reads version %2)": "ni chefnogir fersiwn "
        "sgema %1 (mae'r fersiwn hon o Ridgeline yn darllen fersiwn %2)",
        "must be a UUID": "rhaid iddo fod yn UUID",
        "is empty: a transmission carries at least one item": "mae'n wag: mae trosglwyddiad yn cario o leiaf un eitem",
        "has more than 10,000 entries": "mae ganddo fwy na 10,000 o gofnodion",
    },
    "ridgeline::TransmissionPackage": {
        "Package %1 does not exist": "Nid yw pecyn %1 yn bodoli",
        "the package itself is a symbolic link": "mae'r pecyn ei hun yn ddolen symbolaidd",
        "has no manifest.json at its top level": "nid oes manifest.json ar ei lefel uchaf",
        "manifest.json.sig is not a base64 Ed25519 signature of 64 bytes": "nid yw manifest.json.sig yn llofnod "
        "Ed25519 base64 o 64 beit",
        "file \"%1\" of item %2 is missing": "mae ffeil \"%1\" eitem %2 ar goll",
        "file \"%1\" is not listed in manifest.json": "nid yw'r ffeil \"%1\" wedi'i rhestru yn manifest.json",
        "file \"%1\" is missing": "mae'r ffeil \"%1\" ar goll",
        "Cannot read %1: %2": "Nid oes modd darllen %1: %2",
        "entry \"%1\" cannot be opened (%2)": "nid oes modd agor y cofnod \"%1\" (%2)",
        "entry \"%1\" is damaged: its data does not match its size or checksum": "mae'r cofnod \"%1\" wedi'i "
        "ddifrodi: nid yw ei ddata'n cyfateb i'w faint na'i swm gwirio",
        "file \"%1\" is larger than the limit of %2 MB": "mae'r ffeil \"%1\" yn fwy na'r terfyn o %2 MB",
        "file \"%1\" changed size while being read": "newidiodd maint y ffeil \"%1\" wrth iddi gael ei darllen",
    },
    "ridgeline::TransmissionPackage::Impl": {
        "Package %1: %2": "Pecyn %1: %2",
        "entry \"%1\" has an unsafe name": "mae gan y cofnod \"%1\" enw anniogel",
        "has more than %1 files": "mae ganddo fwy na %1 o ffeiliau",
        "entry \"%1\" is larger than the %2 MB limit": "mae'r cofnod \"%1\" yn fwy na'r terfyn o %2 MB",
        "holds more than %1 MB in all": "mae'n dal mwy na %1 MB i gyd",
        "entry \"%1\" appears twice": "mae'r cofnod \"%1\" yn ymddangos ddwywaith",
        "\"%1\" is a symbolic link; links are never followed": "mae \"%1\" yn ddolen symbolaidd; ni chaiff dolenni "
        "byth eu dilyn",
        "\"%1\" is not a regular file": "nid yw \"%1\" yn ffeil reolaidd",
        "is not a readable zip file (%1)": "nid yw'n ffeil zip ddarllenadwy (%1)",
        "entry %1 cannot be read": "nid oes modd darllen cofnod %1",
        "entry \"%1\" is a symbolic link; links are never followed": "mae'r cofnod \"%1\" yn ddolen symbolaidd; ni "
        "chaiff dolenni byth eu dilyn",
        "entry \"%1\" expands %2 times; refused as a possible zip bomb": "mae'r cofnod \"%1\" yn ehangu %2 gwaith; "
        "fe'i gwrthodwyd fel bom zip posibl",
    },
    "ridgeline::WorkspaceSession": {
        " on %1 %2": " ar %1 %2",
        "Mark %1 is at the stage \"%2\": comparisons with exemplars stay closed to examiners until its analysis is "
        "committed (ACE-V). The refusal was recorded.": "Mae ôl %1 ar y cam \"%2\": mae cymariaethau ag "
        "enghreifftiau ar gau i archwilwyr nes bod ei ddadansoddiad wedi'i gadarnhau (ACE-V). Cofnodwyd y gwrthodiad.",
        "This session keeps no markup or comparison documents; open the workspace itself to save or read them.": "Nid "
        "yw'r sesiwn hon yn cadw dogfennau marcio na chymharu; agorwch y gweithle ei hun i'w cadw neu eu darllen.",
        "This session keeps no exemplar impressions; open the workspace itself to list a case's tenprint cards.": "Nid "
        "yw'r sesiwn hon yn cadw argraffiadau enghreifftiol; agorwch y gweithle ei hun i restru cardiau olion deg bys "
        "achos.",
    },
    "ridgeline::imaging": {
        "is not an image in a format Ridgeline accepts (PNG, JPEG, TIFF, BMP, JPEG 2000)": "nid yw'n ddelwedd mewn "
        "fformat y mae Ridgeline yn ei dderbyn (PNG, JPEG, TIFF, BMP, JPEG 2000)",
        "is a %1 image; accepted are PNG, JPEG, TIFF, BMP and JPEG 2000": "mae'n ddelwedd %1; derbynnir PNG, JPEG, "
        "TIFF, BMP a JPEG 2000",
        "has no readable image header; the file is truncated or damaged": "nid oes ganddi bennyn delwedd "
        "darllenadwy; mae'r ffeil wedi'i chwtogi neu wedi'i difrodi",
        "is empty": "mae'n wag",
        "is a JPEG 2000 file with a damaged header": "mae'n ffeil JPEG 2000 gyda phennyn wedi'i ddifrodi",
        "is truncated: the JPEG data ends before its end-of-image marker": "mae wedi'i chwtogi: mae'r data JPEG yn "
        "gorffen cyn ei farciwr diwedd delwedd",
        "has %1 pages, more than the limit of %2": "mae ganddi %1 tudalen, mwy na'r terfyn o %2",
        "page %1 of %2 cannot be reached; the file is damaged": "nid oes modd cyrraedd tudalen %1 o %2; mae'r ffeil "
        "wedi'i difrodi",
        "page %1 is %2 x %3 pixels, over the budget of %4 megapixels": "mae tudalen %1 yn %2 x %3 picsel, dros y "
        "gyllideb o %4 megapicsel",
        "page %1 cannot be decoded (%2); the file is truncated or damaged": "nid oes modd datgodio tudalen %1 (%2); "
        "mae'r ffeil wedi'i chwtogi neu wedi'i difrodi",
        "is truncated: the JPEG 2000 codestream ends before its end marker": "mae wedi'i chwtogi: mae ffrwd god "
        "JPEG 2000 yn gorffen cyn ei marciwr diwedd",
        "cannot be decoded; the JPEG 2000 data is damaged": "nid oes modd ei datgodio; mae'r data JPEG 2000 wedi'i "
        "ddifrodi",
        "decodes to %1 x %2 pixels but its header says %3 x %4": "mae'n datgodio i %1 x %2 picsel ond mae ei "
        "phennyn yn dweud %3 x %4",
        "Enhancement cancelled": "Canslwyd y gwella",
        "Step %1 (%2) failed on this %3 x %4 image: %5": "Methodd cam %1 (%2) ar y ddelwedd %3 x %4 hon: %5",
        "Step %1": "Cam %1",
        "Enhancement: there is no image to enhance": "Gwella: nid oes delwedd i'w gwella",
        "Preview: the region lies outside the image": "Rhagolwg: mae'r ardal y tu allan i'r ddelwedd",
        "Preview: the region lies outside the enhanced image": "Rhagolwg: mae'r ardal y tu allan i'r ddelwedd "
        "wedi'i gwella",
        "Calibration: the distance must be a positive number of millimetres": "Graddnodi: rhaid i'r pellter fod yn "
        "nifer positif o filimetrau",
        "Calibration: the two points are less than a pixel apart": "Graddnodi: mae'r ddau bwynt yn llai na phicsel "
        "ar wahân",
        "Ruler refinement: the line is too short to find graduations along it": "Mireinio ar y pren mesur: mae'r "
        "llinell yn rhy fyr i ganfod marciau graddfa ar ei hyd",
        "Ruler refinement: no regular graduations along the line; place both points on the scale's marks, or "
        "calibrate without refinement": "Mireinio ar y pren mesur: dim marciau graddfa rheolaidd ar hyd y llinell; "
        "rhowch y ddau bwynt ar farciau'r raddfa, neu graddnodwch heb fireinio",
        "Ruler refinement: fewer than three graduations found along the line": "Mireinio ar y pren mesur: canfuwyd "
        "llai na thri marc graddfa ar hyd y llinell",
        "Ruler refinement: both points snap to the same graduation": "Mireinio ar y pren mesur: mae'r ddau bwynt yn "
        "snapio i'r un marc graddfa",
        "Ridge count: the line must be at least 2 pixels long": "Cyfrif cribau: rhaid i'r llinell fod o leiaf 2 "
        "bicsel o hyd",
        "has %1-bit floating point or signed samples; only 8- and 16-bit images are accepted": "mae ganddi samplau "
        "pwynt arnawf neu gydag arwydd %1 did; dim ond delweddau 8 ac 16 did a dderbynnir",
        "has %1 channels; accepted are grey and colour (RGB) images": "mae ganddi %1 sianel; derbynnir delweddau "
        "llwyd a lliw (RGB)",
        "is %1 x %2 pixels (%3 megapixels), over the limit of %4 megapixels; reduce the image or raise the limit in "
        "the preferences": "mae'n %1 x %2 picsel (%3 megapicsel), dros y terfyn o %4 megapicsel; lleihewch y "
        "ddelwedd neu codwch y terfyn yn y dewisiadau",
        "could not be decoded (%1)": "nid oedd modd ei datgodio (%1)",
        "could not be decoded; the file is damaged or uses an unsupported variant (CMYK or palette TIFF variants the "
        "codec does not read)": "nid oedd modd ei datgodio; mae'r ffeil wedi'i difrodi neu'n defnyddio amrywiad "
        "heb ei gefnogi (amrywiadau TIFF CMYK neu balet nad yw'r codec yn eu darllen)",
        "decodes to %1 x %2 pixels, over the pixel limit": "mae'n datgodio i %1 x %2 picsel, dros y terfyn picseli",
        "no such file": "nid oes ffeil o'r fath",
        "Writing %1: %2": "Ysgrifennu %1: %2",
        "Writing %1: the TIFF could not be written": "Ysgrifennu %1: nid oedd modd ysgrifennu'r TIFF",
        "Saving %1: the name must end in .png, .tif or .tiff": "Cadw %1: rhaid i'r enw orffen gyda .png, .tif neu "
        ".tiff",
        "Export %1: the resolution must be 1000 or 500 ppi, not %2": "Allforio %1: rhaid i'r cydraniad fod yn 1000 "
        "neu 500 ppi, nid %2",
        "Export %1: the image is not calibrated; calibrate it first": "Allforio %1: nid yw'r ddelwedd wedi'i "
        "graddnodi; graddnodwch hi yn gyntaf",
        "step %1 (%2)": "cam %1 (%2)", "no kind": "dim math", "Recipe refused: %1": "Gwrthodwyd y rysáit: %1",
        "parameter '%1'": "paramedr '%1'",
        "%1 must be true or false": "%1: rhaid iddo fod yn true neu false",
        "%1 must be a number": "%1: rhaid iddo fod yn rhif",
        "%1 must be a whole number, not %2": "%1: rhaid iddo fod yn rhif cyfan, nid %2",
        "%1 is %2, outside %3..%4": "%1: mae'n %2, y tu allan i %3..%4",
        "%1 must be one of %2": "%1: rhaid iddo fod yn un o %2",
        "%1 must be a list of [x, y] points": "%1: rhaid iddo fod yn rhestr o bwyntiau [x, y]",
        "%1 has %2 points, allowed are %3..%4": "%1: mae ganddo %2 pwynt, caniateir %3..%4",
        "%1 must be a list of [x, y] number pairs": "%1: rhaid iddo fod yn rhestr o barau rhif [x, y]",
        "%1: unknown step kind '%2'; this version knows %3": "%1: math anhysbys o gam '%2'; mae'r fersiwn hon yn "
        "gwybod am %3",
        "%1: unknown parameter '%2'; this version knows %3": "%1: paramedr anhysbys '%2'; mae'r fersiwn hon yn "
        "gwybod am %3",
        "none": "dim",
        "is truncated or damaged: the file ends before its IEND chunk": "mae wedi'i chwtogi neu wedi'i difrodi: "
        "mae'r ffeil yn gorffen cyn ei darn IEND",
        "is damaged: byte %1 does not start a PNG chunk": "mae wedi'i difrodi: nid yw beit %1 yn dechrau darn PNG",
        "is truncated or damaged: the file ends inside its %1 chunk": "mae wedi'i chwtogi neu wedi'i difrodi: mae'r "
        "ffeil yn gorffen y tu mewn i'w darn %1",
        "is damaged: its %1 chunk at byte %2 fails its CRC check": "mae wedi'i difrodi: mae ei darn %1 ar feit %2 "
        "yn methu ei wiriad CRC",
        "is damaged: it does not start with an IHDR chunk": "mae wedi'i difrodi: nid yw'n dechrau gyda darn IHDR",
        "is damaged: its IHDR chunk is repeated or of the wrong length": "mae wedi'i difrodi: mae ei darn IHDR "
        "wedi'i ailadrodd neu o'r hyd anghywir",
        "has an invalid PNG header (size, bit depth, colour type or method)": "mae ganddi bennyn PNG annilys (maint, "
        "dyfnder didau, math o liw neu ddull)",
        "is damaged: its palette has an invalid length of %1 bytes": "mae wedi'i difrodi: mae gan ei phalet hyd "
        "annilys o %1 beit",
        "is damaged: its image data chunks are not consecutive": "mae wedi'i difrodi: nid yw ei darnau data "
        "delwedd yn olynol",
        "has a critical %1 chunk that Ridgeline cannot read": "mae ganddi ddarn %1 hanfodol na all Ridgeline ei "
        "ddarllen",
        "is truncated or damaged: it holds no image data": "mae wedi'i chwtogi neu wedi'i difrodi: nid yw'n "
        "cynnwys unrhyw ddata delwedd",
        "is damaged: it is a palette image without a palette": "mae wedi'i difrodi: mae'n ddelwedd balet heb balet",
        "is damaged: row %1 of its image data has an unknown filter type %2": "mae wedi'i difrodi: mae gan res %1 "
        "o'i data delwedd fath hidlo anhysbys %2",
        "is damaged: its image data holds more than the %1 bytes its header declares": "mae wedi'i difrodi: mae ei "
        "data delwedd yn dal mwy na'r %1 beit y mae ei phennyn yn eu datgan",
        "Image %1: not enough memory to check its image data": "Delwedd %1: dim digon o gof i wirio ei data delwedd",
        "is truncated or damaged: its image data ends before the %1 bytes its header declares": "mae wedi'i "
        "chwtogi neu wedi'i difrodi: mae ei data delwedd yn gorffen cyn y %1 beit y mae ei phennyn yn eu datgan",
        "is truncated or damaged: its compressed image data is corrupt": "mae wedi'i chwtogi neu wedi'i difrodi: "
        "mae ei data delwedd cywasgedig yn llygredig",
        "is not a PNG file": "nid yw'n ffeil PNG",
    },
    "ridgeline::imaging::Calibration": {
        "Calibration: unknown method '%1'": "Graddnodi: dull anhysbys '%1'",
        "Calibration: the ppi must be positive": "Graddnodi: rhaid i'r ppi fod yn bositif",
    },
    "ridgeline::imaging::Enhancement": {
        "the image is %1 x %2 pixels; periodic-background suppression works on up to %3 megapixels: crop the mark "
        "first": "mae'r ddelwedd yn %1 x %2 picsel; mae atal cefndir cyfnodol yn gweithio ar hyd at %3 megapicsel: "
        "tociwch yr ôl yn gyntaf",
        "a %1 px median on a 16-bit image is not available (3 or 5 px are); use 5 or a Gaussian step": "nid oes "
        "canolrif %1 px ar gael ar ddelwedd 16 did (mae 3 neu 5 px ar gael); defnyddiwch 5 neu gam Gaussaidd",
        "Levels and gamma": "Lefelau a gama",
        "Maps black..white (fractions of full scale) to the full range with a gamma curve (above 1 brightens "
        "mid-tones). Same format out.": "Yn mapio du..gwyn (ffracsiynau o'r raddfa lawn) i'r ystod lawn gyda "
        "chromlin gama (mae uwch nag 1 yn goleuo'r tonau canol). Mae'r allbwn yn yr un fformat.",
        "Black point": "Pwynt du", "White point": "Pwynt gwyn", "Gamma": "Gama", "Invert": "Gwrthdroi",
        "Swaps dark and light. Same format out.": "Yn cyfnewid tywyll a golau. Mae'r allbwn yn yr un fformat.",
        "Channel extraction": "Echdynnu sianel",
        "One channel of RGB, HSV or CIE Lab as a grey image of the same depth (a grey input counts as R = G = B).":
        "Un sianel o RGB, HSV neu CIE Lab fel delwedd lwyd o'r un dyfnder (mae mewnbwn llwyd yn cyfrif fel "
        "R = G = B).",
        "Channel": "Sianel", "Local contrast (CLAHE)": "Cyferbyniad lleol (CLAHE)",
        "Contrast-limited adaptive histogram equalisation on tiles of the given size; colour images on their "
        "lightness. Same format out.": "Cydraddoli histogram addasol â chyferbyniad cyfyngedig ar deils o'r maint "
        "a roddir; delweddau lliw ar eu goleuedd. Mae'r allbwn yn yr un fformat.",
        "Clip limit": "Terfyn tocio", "Tile size": "Maint teil", "Unsharp mask": "Mwgwd anfiniog",
        "Adds amount x (image - Gaussian blur); differences below the threshold (fraction of full scale) are left "
        "alone. Same format out.": "Yn ychwanegu swm x (delwedd - niwlio Gaussaidd); gadewir gwahaniaethau o dan y "
        "trothwy (ffracsiwn o'r raddfa lawn) fel y maent. Mae'r allbwn yn yr un fformat.",
        "Radius (sigma)": "Radiws (sigma)", "Amount": "Swm", "Threshold": "Trothwy",
        "Gaussian noise reduction": "Lleihau sŵn Gaussaidd",
        "Gaussian blur. Same format out.": "Niwlio Gaussaidd. Mae'r allbwn yn yr un fformat.",
        "Sigma": "Sigma", "Median noise reduction": "Lleihau sŵn canolrif",
        "Median of a square window (odd size; 16-bit images: 3 or 5). Same format out.": "Canolrif ffenestr sgwâr "
        "(maint odrif; delweddau 16 did: 3 neu 5). Mae'r allbwn yn yr un fformat.",
        "Window size": "Maint y ffenestr", "Background subtraction": "Tynnu'r cefndir",
        "Estimates the background by morphological closing (dark objects) or opening (light objects) with a disc "
        "of the given radius and removes it. Same format out.": "Yn amcangyfrif y cefndir drwy gau morffolegol "
        "(gwrthrychau tywyll) neu agor morffolegol (gwrthrychau golau) gyda disg o'r radiws a roddir, ac yn ei "
        "dynnu. Mae'r allbwn yn yr un fformat.",
        "Radius": "Radiws", "Ridges are": "Lliw'r cribau",
        "Periodic background suppression (FFT)": "Atal cefndir cyfnodol (FFT)",
        "Notches out the listed spectral peaks (cycles per pixel; found automatically when the list is empty and "
        "automatic detection is on). Same format out.": "Yn rhicio'r brigau sbectrol a restrir (cylchoedd y "
        "picsel; fe'u canfyddir yn awtomatig pan fo'r rhestr yn wag a chanfod awtomatig ymlaen). Mae'r allbwn yn yr "
        "un fformat.",
        "Peaks": "Brigau", "Notch radius": "Radiws y rhic", "Find peaks automatically": "Canfod brigau'n awtomatig",
        "Peaks to find": "Brigau i'w canfod", "Rotation": "Cylchdroi",
        "Rotates counter-clockwise by any angle (multiples of 90 degrees are exact); 'expand' grows the canvas to "
        "keep every pixel. Same format out.": "Yn cylchdroi'n wrthglocwedd drwy unrhyw ongl (mae lluosrifau o 90 "
        "gradd yn fanwl gywir); mae 'expand' yn ehangu'r cynfas i gadw pob picsel. Mae'r allbwn yn yr un fformat.",
        "Angle": "Ongl", "Keep the whole image": "Cadw'r ddelwedd gyfan",
        "Fill (0 black, 1 white)": "Llenwi (0 du, 1 gwyn)", "Interpolation": "Rhyngosod", "Crop": "Tocio",
        "Keeps the rectangle (width or height 0: to the edge), clipped to the image. Same format out.": "Yn cadw'r "
        "petryal (lled neu uchder 0: hyd at yr ymyl), wedi'i docio i'r ddelwedd. Mae'r allbwn yn yr un fformat.",
        "Left": "Chwith", "Top": "Brig", "Width": "Lled", "Height": "Uchder",
        "Perspective correction": "Cywiro persbectif",
        "Maps four corners (top-left, top-right, bottom-right, bottom-left, image pixels) onto an upright rectangle "
        "(size 0: from the corners). Same format out.": "Yn mapio pedair cornel (chwith uchaf, de uchaf, de isaf, "
        "chwith isaf, picseli'r ddelwedd) ar betryal unionsyth (maint 0: o'r corneli). Mae'r allbwn yn yr un "
        "fformat.",
        "Corners": "Corneli", "Resample to ppi": "Ailsamplu i ppi",
        "Scales the calibrated image to the target resolution (area averaging when shrinking, cubic when "
        "enlarging, unless chosen). Same format out.": "Yn graddio'r ddelwedd wedi'i graddnodi i'r cydraniad "
        "targed (cyfartaleddu arwynebedd wrth leihau, ciwbig wrth fwyhau, oni ddewisir fel arall). Mae'r allbwn yn "
        "yr un fformat.",
        "Target resolution": "Cydraniad targed", "Step '%1': %2": "Cam '%1': %2",
        "the white point (%1) must be above the black point (%2)": "rhaid i'r pwynt gwyn (%1) fod uwchlaw'r pwynt "
        "du (%2)",
    },
    "ridgeline::imaging::ImageInspector": {
        "Image %1: %2": "Delwedd %1: %2",
        "is %1 x %2 pixels, over the budget of %3 megapixels; it was not decoded": "mae'n %1 x %2 picsel, dros y "
        "gyllideb o %3 megapicsel; ni chafodd ei datgodio",
    },
    "ridgeline::imaging::ProcessingReport": {
        "Not a Ridgeline processing report": "Nid yw'n adroddiad prosesu Ridgeline",
        "Processing report (%1, OpenCV %2), %3": "Adroddiad prosesu (%1, OpenCV %2), %3",
        "Source: %1, %2 %3, %4 ppi": "Ffynhonnell: %1, %2 %3, %4 ppi", "(unnamed)": "(dienw)", "unknown": "anhysbys",
        "  file SHA-256:   %1": "  SHA-256 y ffeil:   %1", "  pixels SHA-256: %1": "  SHA-256 y picseli: %1",
        "Step %1: %2%3 (%4) -> %5 %6": "Cam %1: %2%3 (%4) -> %5 %6", " [disabled]": " [wedi'i analluogi]",
        "Output: %1 %2, %3 ppi": "Allbwn: %1 %2, %3 ppi", "  file %1 SHA-256: %2": "  SHA-256 y ffeil %1: %2",
    },
    "ridgeline::imaging::Recipe": {
        "unknown field '%1'": "maes anhysbys '%1'",
        "'format' is not \"ridgeline-recipe\"": "nid yw 'format' yn \"ridgeline-recipe\"",
        "'steps' must be a list of steps": "rhaid i 'steps' fod yn rhestr o gamau",
        "%1: unknown field '%2'": "%1: maes anhysbys '%2'",
        "%1 must be {\"kind\": text, \"enabled\": true/false, \"parameters\": {..}}": "%1: rhaid iddo fod ar y ffurf "
        "{\"kind\": testun, \"enabled\": true/false, \"parameters\": {..}}",
        "not a JSON object (%1 at offset %2)": "nid yw'n wrthrych JSON (%1 ar wrthbwyso %2)",
    },
    "ridgeline::imaging::TilePyramid": {
        "The image has no pixels": "Nid oes picseli yn y ddelwedd",
        "Building the image pyramid was cancelled": "Canslwyd adeiladu pyramid y ddelwedd",
    },
    "ridgeline::imaging::steps": {
        "the image is %1 x %2 pixels; this step handles sides up to %3 px; crop the image first": "mae'r ddelwedd "
        "yn %1 x %2 picsel; mae'r cam hwn yn trin ochrau hyd at %3 px; tociwch y ddelwedd yn gyntaf",
        "the rectangle %1,%2 %3 x %4 lies outside the %5 x %6 image": "mae'r petryal %1,%2 %3 x %4 y tu allan i'r "
        "ddelwedd %5 x %6",
        "needs four corners (top-left, top-right, bottom-right, bottom-left), has %1": "mae angen pedair cornel "
        "(chwith uchaf, de uchaf, de isaf, chwith isaf), rhoddwyd %1",
        "the corrected image would be %1 x %2 pixels, too large": "byddai'r ddelwedd wedi'i chywiro yn %1 x %2 "
        "picsel, yn rhy fawr",
        "the four corners are degenerate (three on a line or crossing)": "mae'r pedair cornel yn ddirywiedig (tair "
        "ar linell neu'n croesi)",
        "the image has no resolution yet; calibrate it (or give its ppi) before resampling": "nid oes gan y "
        "ddelwedd gydraniad eto; graddnodwch hi (neu rhowch ei ppi) cyn ailsamplu",
        "resampling to %1 ppi would give %2 x %3 pixels, too large": "byddai ailsamplu i %1 ppi yn rhoi %2 x %3 "
        "picsel, yn rhy fawr",
    },
    "ridgeline::storage": {
        "%1 %2 failed: %3. Check free space and folder permissions.": "Methodd %1 %2: %3. Gwiriwch y lle rhydd a "
        "chaniatâd y ffolder.",
        # The next five fill %1 of the message above ("Methodd creu …"), so they start lower-case.
        "Creating": "creu", "Writing": "ysgrifennu", "Replacing": "disodli", "Opening folder": "agor y ffolder",
        "Syncing folder": "cysoni'r ffolder",
        "%1 does not exist": "Nid yw %1 yn bodoli", "%1 cannot be read: %2": "Nid oes modd darllen %1: %2",
        "%1 is %2 bytes, larger than any valid file of its kind": "Mae %1 yn %2 beit, yn fwy nag unrhyw ffeil "
        "ddilys o'r math hwnnw",
        "Audit checkpoint at event %1 is signed by a key that is not this workspace's workstation key.": "Mae'r "
        "pwynt gwirio archwilio wrth ddigwyddiad %1 wedi'i lofnodi ag allwedd nad yw'n allwedd gweithfan y gweithle "
        "hwn.",
        "Audit checkpoint at event %1 has an invalid signature (the checkpoint was altered).": "Mae gan y pwynt "
        "gwirio archwilio wrth ddigwyddiad %1 lofnod annilys (newidiwyd y pwynt gwirio).",
        "Audit event %1 is missing (the next stored event is %2): events were deleted.": "Mae digwyddiad archwilio "
        "%1 ar goll (y digwyddiad nesaf a storiwyd yw %2): dilëwyd digwyddiadau.",
        "Audit event %1 does not follow event %2 (previous-hash mismatch): events were deleted, reordered or "
        "replaced.": "Nid yw digwyddiad archwilio %1 yn dilyn digwyddiad %2 (nid yw'r stwnsh blaenorol yn "
        "cyfateb): dilëwyd, aildrefnwyd neu amnewidiwyd digwyddiadau.",
        "Audit event %1 was modified (its hash does not match its contents).": "Newidiwyd digwyddiad archwilio %1 "
        "(nid yw ei stwnsh yn cyfateb i'w gynnwys).",
        "Audit event %1 does not match the checkpoint signed there: the chain up to it was rewritten.": "Nid yw "
        "digwyddiad archwilio %1 yn cyfateb i'r pwynt gwirio a lofnodwyd yno: ailysgrifennwyd y gadwyn hyd ato.",
        "The audit trail ends at event %1 but a checkpoint was signed at event %2: events %3 to %2 were removed "
        "(truncated).": "Mae'r llwybr archwilio'n gorffen wrth ddigwyddiad %1 ond llofnodwyd pwynt gwirio wrth "
        "ddigwyddiad %2: tynnwyd digwyddiadau %3 i %2 (cwtogwyd).",
        "The sign-in record %1 is locked by another Ridgeline process; try again.": "Mae'r cofnod mewngofnodi %1 "
        "wedi'i gloi gan broses Ridgeline arall; rhowch gynnig arall arni.",
        "The workspace %1 was written by a newer Ridgeline (schema version %2; this program knows up to %3). Open it "
        "with the newer version; it has not been changed.": "Ysgrifennwyd y gweithle %1 gan Ridgeline mwy newydd "
        "(fersiwn sgema %2; mae'r rhaglen hon yn gwybod hyd at %3). Agorwch ef gyda'r fersiwn fwy newydd; nid yw "
        "wedi'i newid.",
        "Upgrading the workspace schema to version %1": "Uwchraddio sgema'r gweithle i fersiwn %1",
        "%1 was changed by someone else first (stored revision %2, yours %3). Reload it and apply your change "
        "again.": "Newidiwyd %1 gan rywun arall yn gyntaf (fersiwn a storiwyd %2, eich un chi %3). Ail-lwythwch ef "
        "a chymhwyso'ch newid eto.",
        "Binding a value": "rhwymo gwerth",
        "Package %1 is not signed, and this workspace accepts only packages signed by a registered device": "Nid yw "
        "pecyn %1 wedi'i lofnodi, a dim ond pecynnau wedi'u llofnodi gan ddyfais gofrestredig y mae'r gweithle hwn "
        "yn eu derbyn",
        "Package %1 is signed by device %2, which is not registered (or was withdrawn) in this workspace; an "
        "administrator must register it first": "Mae pecyn %1 wedi'i lofnodi gan ddyfais %2, nad yw wedi'i "
        "chofrestru (neu a dynnwyd yn ôl) yn y gweithle hwn; rhaid i weinyddwr ei chofrestru yn gyntaf",
        "Package %1: the signature of manifest.json does not verify with the key registered for device %2; the "
        "manifest was altered or signed by another device": "Pecyn %1: nid yw llofnod manifest.json yn cael ei "
        "wirio gan yr allwedd a gofrestrwyd ar gyfer dyfais %2; newidiwyd y maniffest neu fe'i llofnodwyd gan "
        "ddyfais arall",
        "An original changed between checking and storing; nothing was kept": "Newidiodd gwreiddiol rhwng ei wirio "
        "a'i storio; ni chadwyd dim",
        "The stored %1 is not valid JSON: %2": "Nid yw'r %1 a storiwyd yn JSON dilys: %2",
        # The next two fill %1 of the messages below, so they carry their own article ("y gymhariaeth").
        "comparison of mark %1 with exemplar %2": "y gymhariaeth rhwng ôl %1 ac enghraifft %2",
        "markup of mark %1": "y marcio ar ôl %1",
        "The document to save is not valid JSON (%1 at byte %2); nothing was saved. This is a fault of the program: "
        "report it.": "Nid yw'r ddogfen i'w chadw yn JSON dilys (%1 ar feit %2); ni chadwyd dim. Nam yn y rhaglen yw "
        "hwn: rhowch wybod amdano.",
        "The document to save is not a JSON object with a \"format\" name; nothing was saved. This is a fault of the "
        "program: report it.": "Nid yw'r ddogfen i'w chadw yn wrthrych JSON gydag enw \"format\"; ni chadwyd dim. "
        "Nam yn y rhaglen yw hwn: rhowch wybod amdano.",
        "A comparison of mark %1 needs the exemplar impression it is with (and markup has none); nothing was saved.":
        "Mae cymhariaeth ôl %1 angen yr argraff enghreifftiol y mae'n ei chymharu â hi (nid oes gan farcio un); ni "
        "chadwyd dim.",
        "The %1 has no revision %2 to be based on (the newest is %3); nothing was saved. Reopen it.": "Nid oes gan %1 "
        "fersiwn %2 i seilio arni (%3 yw'r fwyaf newydd); ni chadwyd dim. Agorwch y ddogfen eto.",
        "%1 has no draft of the %2.": "Nid oes gan %1 ddrafft ar gyfer %2.",
        "The %1 was committed elsewhere as revision %2 after this draft was started from revision %3. Open revision "
        "%2, bring the changes together and commit again; the draft was kept.": "Cadarnhawyd %1 yn rhywle arall fel "
        "fersiwn %2 ar ôl i'r drafft hwn gael ei ddechrau o fersiwn %3. Agorwch fersiwn %2, cyfunwch y newidiadau a "
        "chadarnhau eto; cadwyd y drafft.",
        "The %1 has no revision %2.": "Nid oes gan %1 fersiwn %2.",
        "The %1 has not been committed yet.": "Nid oes neb wedi cadarnhau %1 eto.",
        "Revision %1 of the %2 does not match the SHA-256 it was committed with: the workspace was altered. Run "
        "verify and restore it from a backup.": "Nid yw fersiwn %1 %2 yn cyfateb i'r SHA-256 y'i cadarnhawyd gydag "
        "ef: newidiwyd y gweithle. Rhedwch verify ac adferwch y gweithle o gopi wrth gefn.",
        "Revision %1 of the %2 does not match the SHA-256 it was committed with (%3).": "Nid yw fersiwn %1 %2 yn "
        "cyfateb i'r SHA-256 y'i cadarnhawyd gydag ef (%3).",
    },
    "ridgeline::storage::DerivedImageStore": {
        "No %1 is stored for original %2.": "Nid oes %1 wedi'i storio ar gyfer gwreiddiol %2.",
        "Derived data of original %1 needs a kind.": "Mae angen math ar gyfer data deilliedig gwreiddiol %1.",
        "The %1 was not stored: original %2 is not in this workspace.": "Ni storiwyd y %1: nid yw gwreiddiol %2 yn "
        "y gweithle hwn.",
    },
    "ridgeline::storage::EvidenceStore": {
        "Original %1 is not in this workspace.": "Nid yw gwreiddiol %1 yn y gweithle hwn.",
        "Original %1 no longer matches its SHA-256 (%2 of %3 bytes read): the evidence is damaged. Restore the "
        "workspace from a backup.": "Nid yw gwreiddiol %1 yn cyfateb i'w SHA-256 mwyach (darllenwyd %2 o %3 beit): "
        "mae'r dystiolaeth wedi'i difrodi. Adferwch y gweithle o gopi wrth gefn.",
    },
    "ridgeline::storage::KeySlotHeader": {
        "The key header %1 is missing, so no user can unlock the workspace beside it. Restore the .keys file from "
        "the backup taken with the database.": "Mae pennyn yr allweddi %1 ar goll, felly ni all unrhyw ddefnyddiwr "
        "ddatgloi'r gweithle wrth ei ymyl. Adferwch y ffeil .keys o'r copi wrth gefn a wnaed gyda'r gronfa ddata.",
        "The key header %1 is damaged (%2). Restore it from a backup; the database has not been touched.": "Mae "
        "pennyn yr allweddi %1 wedi'i ddifrodi (%2). Adferwch ef o gopi wrth gefn; ni chyffyrddwyd â'r gronfa ddata.",
        "not valid JSON at offset %1": "JSON annilys ar wrthbwyso %1",
        "not a Ridgeline key header": "nid yw'n bennyn allweddi Ridgeline",
        "unknown header version %1": "fersiwn pennyn anhysbys %1", "slot %1 is malformed": "mae slot %1 wedi'i "
        "gamffurfio",
        "identity fields are malformed": "mae'r meysydd hunaniaeth wedi'u camffurfio",
        "checksum mismatch": "nid yw'r swm gwirio'n cyfateb",
        "The key header %1 was modified outside Ridgeline (its MAC does not match). Restore it from a backup and "
        "report it to the administrator.": "Newidiwyd pennyn yr allweddi %1 y tu allan i Ridgeline (nid yw ei MAC "
        "yn cyfateb). Adferwch ef o gopi wrth gefn a rhowch wybod i'r gweinyddwr.",
        "a key slot has impossible Argon2id limits": "mae gan slot allwedd derfynau Argon2id amhosibl",
        "Deriving the passphrase key ran out of memory (Argon2id needs %1 MiB).": "Rhedodd deillio allwedd y "
        "cyfrinymadrodd allan o gof (mae Argon2id angen %1 MiB).",
        "Sign-in failed for \"%1\": unknown user or wrong passphrase. Check the user name and passphrase (Caps "
        "Lock?) and try again.": "Methodd mewngofnodi ar gyfer \"%1\": defnyddiwr anhysbys neu gyfrinymadrodd "
        "anghywir. Gwiriwch yr enw defnyddiwr a'r cyfrinymadrodd (Caps Lock?) a rhowch gynnig arall arni.",
        "A key slot needs a user name.": "Mae slot allwedd angen enw defnyddiwr.",
    },
    "ridgeline::storage::SqlCipherAuditLog": {"Writing audit event %1": "Ysgrifennu digwyddiad archwilio %1"},
    "ridgeline::storage::SqlCipherCaseRepository": {
        "Case %1 does not exist in this workspace.": "Nid yw achos %1 yn bodoli yn y gweithle hwn.",
        "Case %1 does not exist in this workspace; check the reference with 'cases list'.": "Nid yw achos %1 yn "
        "bodoli yn y gweithle hwn; gwiriwch y cyfeirnod gyda 'cases list'.",
        "A case needs a valid reference (FORCE/YEAR/NUMBER).": "Mae achos angen cyfeirnod dilys "
        "(HEDDLU/BLWYDDYN/RHIF).",
        "Case %1": "Achos %1",
        "Case reference %1 is already used by another case.": "Mae cyfeirnod achos %1 eisoes yn cael ei ddefnyddio "
        "gan achos arall.",
        "Mark %1 does not exist in this workspace.": "Nid yw ôl %1 yn bodoli yn y gweithle hwn.", "Mark %1": "Ôl %1",
    },
    "ridgeline::storage::SqlCipherIntakeRepository": {
        "The key for device %1 is not a 32-byte Ed25519 public key": "Nid yw'r allwedd ar gyfer dyfais %1 yn "
        "allwedd gyhoeddus Ed25519 32 beit",
        "There is no proposed person link %1": "Nid oes cysylltiad person arfaethedig %1",
        "Person link %1 was already decided (%2)": "Penderfynwyd ar gysylltiad person %1 eisoes (%2)",
    },
    "ridgeline::storage::SqlCipherMarkWorkRepository": {
        "calibration": "graddnodi", "measurements": "mesuriadau", "Mark %1, revision %2": "Ôl %1, fersiwn %2",
        "No examination work has been saved for mark %1.": "Nid oes gwaith archwilio wedi'i gadw ar gyfer ôl %1.",
        "Mark %1 is not in this workspace.": "Nid yw ôl %1 yn y gweithle hwn.",
        "The work on mark %1 was saved elsewhere (revision %2) after this copy was opened (revision %3). Reopen the "
        "mark to see it; nothing was overwritten.": "Cadwyd y gwaith ar ôl %1 yn rhywle arall (fersiwn %2) ar ôl i'r "
        "copi hwn gael ei agor (fersiwn %3). Agorwch yr ôl eto i'w weld; ni throsysgrifwyd dim.",
    },
    "ridgeline::storage::SqlCipherTemplateRepository": {
        "Exemplar impression %1 is not in this workspace.": "Nid yw argraff enghreifftiol %1 yn y gweithle hwn.",
    },
    "ridgeline::storage::SqlCipherUserRepository": {
        "There is no user \"%1\" in this workspace.": "Nid oes defnyddiwr \"%1\" yn y gweithle hwn.",
        "User \"%1\" already exists.": "Mae'r defnyddiwr \"%1\" yn bodoli eisoes.",
    },
    "ridgeline::storage::SqliteDatabase": {
        # The first three fill %1 of the messages below ("Methodd agor …"), so they start lower-case.
        "Opening the workspace database": "agor cronfa ddata'r gweithle",
        "Setting the database key": "gosod allwedd y gronfa ddata",
        "Running a database statement": "rhedeg datganiad cronfa ddata",
        "%1 failed: the workspace database %2 is damaged or was not made with this key (%3). Restore it from a "
        "backup.": "Methodd %1: mae cronfa ddata'r gweithle %2 wedi'i difrodi neu ni chafodd ei gwneud gyda'r "
        "allwedd hon (%3). Adferwch hi o gopi wrth gefn.",
        "%1 failed: %2 cannot be opened (%3). Check the path and permissions.": "Methodd %1: nid oes modd agor %2 "
        "(%3). Gwiriwch y llwybr a'r caniatâd.",
        "%1 failed on %2: %3. Check free space and permissions.": "Methodd %1 ar %2: %3. Gwiriwch y lle rhydd a'r "
        "caniatâd.",
        "%1 failed: %2 is busy in another program (%3). Try again.": "Methodd %1: mae %2 yn brysur mewn rhaglen "
        "arall (%3). Rhowch gynnig arall arni.",
        "%1 failed: %2.": "Methodd %1: %2.", "%1 failed on %2: %3": "Methodd %1 ar %2: %3",
    },
    "ridgeline::storage::SqliteStatement": {
        "Preparing a database statement": "paratoi datganiad cronfa ddata",
        "Reading or writing the workspace": "darllen neu ysgrifennu'r gweithle",
    },
    "ridgeline::storage::SqliteTransaction": {
        "transaction committed twice": "cadarnhawyd y trafodiad ddwywaith",
        "A step inside this change failed, so none of it was written to %1.": "Methodd cam o fewn y newid hwn, felly "
        "ni ysgrifennwyd dim ohono i %1.",
    },
    "ridgeline::storage::WorkspaceDatabase": {
        "%1 already exists; choose a new path for the workspace (nothing was overwritten).": "Mae %1 yn bodoli "
        "eisoes; dewiswch lwybr newydd ar gyfer y gweithle (ni throsysgrifwyd dim).",
        "The workspace database %1 does not exist. Check --db or create one with init.": "Nid yw cronfa ddata'r "
        "gweithle %1 yn bodoli. Gwiriwch --db neu crëwch un gydag init.",
        "%1 already exists": "Mae %1 yn bodoli eisoes",
        "The workspace %1 has no database id; it is damaged.": "Nid oes gan y gweithle %1 ddynodydd cronfa ddata; "
        "mae wedi'i ddifrodi.",
        "The workspace database %1 is truncated or padded (%2 bytes, %3 pages expected). Restore it from a backup; "
        "nothing was written to it.": "Mae cronfa ddata'r gweithle %1 wedi'i chwtogi neu wedi'i phadio (%2 beit, "
        "disgwylid %3 tudalen). Adferwch hi o gopi wrth gefn; ni ysgrifennwyd dim iddi.",
        "%1 cannot be read: %2": "Nid oes modd darllen %1: %2",
        "The workspace database %1 is truncated (%2 bytes). Restore it from a backup.": "Mae cronfa ddata'r gweithle "
        "%1 wedi'i chwtogi (%2 beit). Adferwch hi o gopi wrth gefn.",
    },
    "ridgeline::Markup": {
        "Ridge ending": "Terfyn crib", "No ridge endings present": "Dim terfynau crib yn bresennol",
        "Bifurcation": "Fforch", "No bifurcations present": "Dim ffyrch yn bresennol",
        "Minutia (type unknown)": "Manylyn (math anhysbys)",
        "No minutiae of unknown type present": "Dim manylion o fath anhysbys yn bresennol",
        "Core": "Craidd", "No cores present": "Dim creiddiau yn bresennol",
        "Delta": "Delta", "No deltas present": "Dim deltâu yn bresennol",
        "Dot": "Dot", "No dots present": "Dim dotiau yn bresennol",
        "Incipient ridge": "Crib eginol", "No incipient ridges present": "Dim cribau eginol yn bresennol",
        "Crease": "Crych", "No creases present": "Dim crychau yn bresennol",
        "Scar": "Craith", "No scars present": "Dim creithiau yn bresennol",
        "Distinctive feature": "Nodwedd nodedig",
        "No distinctive features present": "Dim nodweddion nodedig yn bresennol",
        "Note": "Nodyn", "No notes present": "Dim nodiadau yn bresennol",
        "Class feature (pattern element)": "Nodwedd dosbarth (elfen patrwm)",
        "No class features present": "Dim nodweddion dosbarth yn bresennol",
        "Acquired feature (wear, damage)": "Nodwedd gaffaeledig (traul, difrod)",
        "No acquired features present": "Dim nodweddion caffaeledig yn bresennol",
        "Low confidence": "Hyder isel", "Medium confidence": "Hyder canolig", "High confidence": "Hyder uchel",
        # Geometry kinds fill %1 of "%1 point %2 %3 is outside the image (%4)" and "a %1 cannot have a %2".
        "point": "pwynt", "polyline": "llinell amlbwynt", "polygon": "polygon",
        "%1 × %2 pixels": "%1 × %2 picsel",
        "%1 point %2 %3 is outside the image (%4)": "%1: mae pwynt %2 %3 y tu allan i'r ddelwedd (%4)",
        "has %1 geometry points but no geometry kind": "mae %1 pwynt geometreg ond dim math o geometreg",
        "a %1 cannot have a %2": "ni all %1 gael geometreg %2",
        "its %1 has %2 points, at least %3 are needed": "mae gan ei geometreg %1 %2 pwynt, mae angen o leiaf %3",
        "a manual feature names an engine or a reviewer": "mae nodwedd a farciwyd â llaw yn enwi peiriant neu "
        "adolygydd",
        "an automatic feature must name its engine and the engine's version": "rhaid i nodwedd awtomatig enwi ei "
        "pheiriant a fersiwn y peiriant",
        "a reviewed feature needs both who reviewed it and when": "mae nodwedd a adolygwyd angen pwy a'i hadolygodd "
        "a phryd",
        "suggestion %1": "awgrym %1", "feature %1": "nodwedd %1", "suggestion %1 (%2)": "awgrym %1 (%2)",
        "feature %1 (%2)": "nodwedd %1 (%2)",
        "has no id": "heb ddynodydd", "position %1 is outside the image (%2)": "mae safle %1 y tu allan i'r "
        "ddelwedd (%2)",
        "a %1 has no direction": "nid oes gan %1 gyfeiriad",
        "direction %1 is outside 0 to 360 degrees": "mae cyfeiriad %1 y tu allan i 0 i 360 gradd",
        "only footwear features have a subtype": "dim ond nodweddion esgidiau sydd ag isdeip",
        "records no author": "nid yw'n cofnodi awdur",
        "records no creation or modification time": "nid yw'n cofnodi amser creu na newid",
        "was modified before it was created": "mae'r amser newid cyn yr amser creu",
        "the region of interest has %1 points, a polygon needs at least 3": "mae gan yr ardal o ddiddordeb %1 "
        "pwynt, mae polygon angen o leiaf 3",
        # Fills %1 of "%1 point %2 %3 is outside the image (%4)".
        "the region of interest's": "yr ardal o ddiddordeb",
        "the image SHA-256 \"%1\" is not 64 lowercase hex digits": "nid yw SHA-256 y ddelwedd \"%1\" yn 64 digid "
        "hecs mewn llythrennau bach",
        "the image size %1 is empty": "mae maint y ddelwedd %1 yn wag",
        "%1: the id is already used by %2": "%1: mae %2 eisoes yn defnyddio'r dynodydd",
        "%1: a suggestion must come from an engine and not be reviewed yet": "%1: rhaid i awgrym ddod o beiriant a "
        "heb ei adolygu eto",
        "%1: an automatic feature must be accepted by a reviewer (or stay a suggestion)": "%1: rhaid i adolygydd "
        "dderbyn nodwedd awtomatig (neu rhaid iddi aros yn awgrym)",
        "%1 is flagged as changed after an exemplar was seen, but no exemplar was seen": "mae %1 wedi'i nodi fel un "
        "a newidiwyd ar ôl gweld enghraifft, ond ni welwyd enghraifft",
        "%1 is a %2, but the markup records \"%3\"": "mae %1 o'r math %2, ond mae'r marcio yn cofnodi \"%3\"",
        "\"%1\" is recorded twice": "cofnodir \"%1\" ddwywaith",
        "the clarity map does not cover the image (%1)": "nid yw'r map eglurder yn cwmpasu'r ddelwedd (%1)",
        "Not assessed": "Heb ei asesu", "Green (clear)": "Gwyrdd (eglur)",
        "Yellow (some doubt)": "Melyn (rhywfaint o amheuaeth)", "Red (unclear)": "Coch (aneglur)",
        "Orange (after an exemplar was seen)": "Oren (ar ôl gweld enghraifft)",
        "clarity map: %1": "map eglurder: %1",
        "cell size %1 is outside 1..%2 pixels": "mae maint cell %1 y tu allan i 1..%2 picsel",
        "a %1 × %2 image in cells of %3 pixels needs too many cells": "mae delwedd %1 × %2 mewn celloedd o %3 "
        "picsel angen gormod o gelloedd",
        "%1 rows given, the grid of the image has %2": "rhoddwyd %1 rhes, mae gan grid y ddelwedd %2",
        "row %1: a run count starts with 0 at character %2": "rhes %1: mae cyfrif rhediad yn dechrau gyda 0 wrth "
        "nod %2",
        "row %1 holds more than the %2 cells of a row": "mae rhes %1 yn dal mwy na'r %2 cell mewn rhes",
        "row %1: unknown level '%2' at character %3": "rhes %1: lefel anhysbys '%2' wrth nod %3",
        "row %1 holds %2 cells, a row has %3": "mae rhes %1 yn dal %2 cell, mae gan res %3",
        # Undo commands: %1 is a feature type or a clarity level.
        "Add %1": "Ychwanegu %1", "Remove %1": "Tynnu %1", "Move %1": "Symud %1",
        "Set the direction of %1": "Gosod cyfeiriad %1", "Edit %1": "Golygu %1",
        "Paint clarity: %1": "Paentio eglurder: %1",
        "Clear the region of interest": "Clirio'r ardal o ddiddordeb",
        "Set the region of interest": "Gosod yr ardal o ddiddordeb",
        "Record \"%1\"": "Cofnodi \"%1\"", "Withdraw \"%1\"": "Tynnu \"%1\" yn ôl",
        "Replace the engine's suggestions": "Disodli awgrymiadau'r peiriant",
        "Accept the suggested %1": "Derbyn y %1 a awgrymwyd", "Accept %1 suggestions": "Derbyn %1 awgrym",
        "Reject the suggested %1": "Gwrthod y %1 a awgrymwyd", "Reject %1 suggestions": "Gwrthod %1 awgrym",
        "Non-correspondence": "Anghyfatebiaeth", "Unclear area": "Ardal aneglur",
        # The two sides of a comparison; they fill %2 of "the %2 feature %3" ("nodwedd %3 yr %2").
        "mark": "ôl", "exemplar": "enghraifft",
        "pair %1": "pâr %1",
        "%1: the %2 feature %3 is not in the %2's markup%4": "%1: nid yw nodwedd %3 yr %2 ym marcio'r %2%4",
        " (it is a suggestion)": " (awgrym yw hi)",
        "%1: the %2 feature %3 is already in pair %4": "%1: mae nodwedd %3 yr %2 eisoes ym mhâr %4",
        "%1 records no author or time": "nid yw %1 yn cofnodi awdur nac amser",
        "the alignment matrix is not finite": "nid yw matrics yr aliniad yn feidraidd",
        "the alignment matrix is singular": "mae matrics yr aliniad yn unigol",
        "the alignment is called a similarity but its matrix is not one": "disgrifir yr aliniad fel tebygrwydd ond "
        "nid yw ei fatrics yn fatrics tebygrwydd",
        "the alignment uses pair %1, which is not there": "mae'r aliniad yn defnyddio pâr %1, nad yw yno",
        "the alignment's pairs are not in ascending order": "nid yw parau'r aliniad mewn trefn esgynnol",
        "the alignment records no author or time": "nid yw'r aliniad yn cofnodi awdur nac amser",
        "annotation %1 (%2)": "anodiad %1 (%2)", "%1 has no id": "nid oes gan %1 ddynodydd",
        "%1 has %2 points: give one point or a polygon of at least 3": "mae gan %1 %2 pwynt: rhowch un pwynt neu "
        "bolygon o 3 pwynt o leiaf",
        "%1: point (%2, %3) is outside the %4 (%5 × %6 pixels)": "%1: mae pwynt (%2, %3) y tu allan i'r %4 (%5 × %6 "
        "picsel)",
        "the comparison has no id": "nid oes gan y gymhariaeth ddynodydd",
        "the comparison is of images %1 and %2, not of the markups given (%3 and %4)": "mae'r gymhariaeth o "
        "ddelweddau %1 a %2, nid o'r marcio a roddwyd (%3 a %4)",
        "the comparison records no author or time": "nid yw'r gymhariaeth yn cofnodi awdur nac amser",
        "pair number %1 is not 1 or more": "nid yw rhif pâr %1 yn 1 neu fwy",
        "pair %1 is listed twice or out of order": "mae pâr %1 wedi'i restru ddwywaith neu allan o drefn",
        "annotation %1 (%2) repeats the id of %3": "mae anodiad %1 (%2) yn ailadrodd dynodydd %3",
        "Link pair %1": "Cysylltu pâr %1", "Unlink pair %1": "Datgysylltu pâr %1",
        "Renumber the pairs": "Ailrifo'r parau", "Record the alignment": "Cofnodi'r aliniad",
        "Clear the alignment": "Clirio'r aliniad",
        "The comparison needs the markups of both the mark and the exemplar open; open them again.": "Mae'r "
        "gymhariaeth angen i farcio'r ôl a marcio'r enghraifft fod ar agor; agorwch nhw eto.",
        "No examiner is signed in, and the comparison records who changes it. Sign in and try again.": "Nid oes "
        "archwiliwr wedi mewngofnodi, ac mae'r gymhariaeth yn cofnodi pwy sy'n ei newid. Mewngofnodwch a rhowch "
        "gynnig arall arni.",
        "Feature %1 of the %2 is an engine's suggestion; accept it before pairing it.": "Awgrym gan beiriant yw "
        "nodwedd %1 yr %2; derbyniwch hi cyn ei pharu.",
        "Feature %1 is not in the %2's markup.": "Nid yw nodwedd %1 ym marcio'r %2.",
        "Feature %1 of the %2 is already in pair %3; unlink that pair first.": "Mae nodwedd %1 yr %2 eisoes ym mhâr "
        "%3; datgysylltwch y pâr hwnnw yn gyntaf.",
        "There is no pair %1.": "Nid oes pâr %1.",
        "Annotation %1 is not there (any more).": "Nid yw anodiad %1 yno (mwyach).",
        "pair entry %1": "cofnod pâr %1", "annotation %1": "anodiad %1",
        # The quoted words are JSON values and stay in English.
        "is \"%1\", not \"non-correspondence\" or \"unclear\"": "mae'n \"%1\", nid \"non-correspondence\" nac "
        "\"unclear\"",
        "is \"%1\", not \"left\" or \"right\"": "mae'n \"%1\", nid \"left\" nac \"right\"",
        "is \"%1\", not \"similarity\" or \"affine\"": "mae'n \"%1\", nid \"similarity\" nac \"affine\"",
        "must be two rows of three numbers": "rhaid iddo fod yn ddwy res o dri rhif",
        "must be a list of pair numbers": "rhaid iddo fod yn rhestr o rifau parau",
        "'exemplar': finger position %1 is outside 0..255": "'exemplar': mae safle bys %1 y tu allan i 0..255",
        "Comparison refused: %1": "Gwrthodwyd y gymhariaeth: %1",
        "Comparison refused: not a JSON object (%1 at offset %2)": "Gwrthodwyd y gymhariaeth: nid yw'n wrthrych "
        "JSON (%1 ar wrthbwyso %2)",
        "An open comparison is of another image; close it first.": "Mae cymhariaeth agored o ddelwedd arall; "
        "caewch hi yn gyntaf.",
        "Pair %1 of an open comparison uses a feature this markup does not have; close the comparison first.": "Mae "
        "pâr %1 cymhariaeth agored yn defnyddio nodwedd nad yw yn y marcio hwn; caewch y gymhariaeth yn gyntaf.",
        "No examiner is signed in, and the markup records who changes it. Sign in and try again.": "Nid oes "
        "archwiliwr wedi mewngofnodi, ac mae'r marcio yn cofnodi pwy sy'n ei newid. Mewngofnodwch a rhowch gynnig "
        "arall arni.",
        "Feature %1 is not in the markup (any more).": "Nid yw nodwedd %1 yn y marcio (mwyach).",
        "The markup already has a feature %1.": "Mae nodwedd %1 yn y marcio eisoes.",
        "The markup records \"%1\"; withdraw that before marking a %2.": "Mae'r marcio yn cofnodi \"%1\"; tynnwch "
        "hynny yn ôl cyn marcio %2.",
        "New %1": "%1 newydd", "A clarity area needs at least 3 points.": "Mae ardal eglurder angen o leiaf 3 pwynt.",
        "Cannot record \"%1\": %2 is marked; remove it first.": "Nid oes modd cofnodi \"%1\": mae %2 wedi'i marcio; "
        "tynnwch hi yn gyntaf.",
        "Suggestion %1 is not there (any more).": "Nid yw awgrym %1 yno (mwyach).",
        "%1: the id is already used": "%1: mae'r dynodydd eisoes yn cael ei ddefnyddio",
        "The markup records \"%1\"; withdraw that before accepting a %2.": "Mae'r marcio yn cofnodi \"%1\"; tynnwch "
        "hynny yn ôl cyn derbyn %2.",
        "The markup records \"%1\" but the suggestions include a %2; withdraw the record or reject those suggestions "
        "first.": "Mae'r marcio yn cofnodi \"%1\" ond mae'r awgrymiadau'n cynnwys %2; tynnwch y cofnod yn ôl neu "
        "gwrthodwch yr awgrymiadau hynny yn gyntaf.",
        "is \"%1\", not \"manual\" or \"automatic\"": "mae'n \"%1\", nid \"manual\" nac \"automatic\"",
        "\"%1\" is not a known feature type": "nid yw \"%1\" yn fath hysbys o nodwedd",
        "is \"%1\", not \"polyline\" or \"polygon\"": "mae'n \"%1\", nid \"polyline\" nac \"polygon\"",
        "is \"%1\", not \"low\", \"medium\" or \"high\"": "mae'n \"%1\", nid \"low\", \"medium\" nac \"high\"",
        "clarity map: row %1 must be text": "map eglurder: rhaid i res %1 fod yn destun",
        "clarity map: %1 × %2 cells stated, cells of %3 pixels over the image make %4 × %5": "map eglurder: nodwyd "
        "%1 × %2 cell, mae celloedd o %3 picsel dros y ddelwedd yn gwneud %4 × %5",
        "the image size %1 × %2 is empty": "mae maint y ddelwedd %1 × %2 yn wag",
        "'nonePresent' item %1: \"%2\" is not a known feature type": "'nonePresent' eitem %1: nid yw \"%2\" yn fath "
        "hysbys o nodwedd",
        "Markup refused: %1": "Gwrthodwyd y marcio: %1",
        "Markup refused: not a JSON object (%1 at offset %2)": "Gwrthodwyd y marcio: nid yw'n wrthrych JSON (%1 ar "
        "wrthbwyso %2)",
        "must be text": "rhaid iddo fod yn destun", "must be a number": "rhaid iddo fod yn rhif",
        "must be a whole number, not %1": "rhaid iddo fod yn rhif cyfan, nid %1",
        "must be true or false": "rhaid iddo fod yn true neu false",
        "must be a UUID in lowercase without braces, not \"%1\"": "rhaid iddo fod yn UUID mewn llythrennau bach heb "
        "gromfachau, nid \"%1\"",
        "must be a UTC time like 2026-11-24T09:12:05.123Z, not \"%1\"": "rhaid iddo fod yn amser UTC fel "
        "2026-11-24T09:12:05.123Z, nid \"%1\"",
        "must be a list": "rhaid iddo fod yn rhestr", "%1 must be an object": "%1: rhaid iddo fod yn wrthrych",
        "%1 must be a point [x, y]": "%1: rhaid iddo fod yn bwynt [x, y]",
        "is \"%1\", not \"%2\"": "mae'n \"%1\", nid \"%2\"",
        "is %1; this version of Ridgeline reads version %2 only": "mae'n %1; dim ond fersiwn %2 y mae'r fersiwn hon "
        "o Ridgeline yn ei darllen",
        # A comparison bundle: "the bundle" names where a field is ("y bwndel: 'mark' ...").
        "Comparison bundle refused: %1": "Gwrthodwyd y bwndel cymharu: %1", "the bundle": "y bwndel",
        "the mark's markup: %1": "marcio'r ôl: %1", "the exemplar's markup: %1": "marcio'r enghraifft: %1",
    },
    "ridgeline::MarkupFeatureModel": {
        "%1, %2 px": "%1, %2 px", "%1, %2 mm": "%1, %2 mm", "After exemplar": "Ar ôl enghraifft",
        "%1 %2, accepted by %3": "%1 %2, derbyniwyd gan %3", "Marked by hand": "Marciwyd â llaw",
        "%1 by %2, %3 UTC\n%4": "%1 gan %2, %3 UTC\n%4",
        "Type": "Math", "Position (px)": "Safle (px)", "Position (mm)": "Safle (mm)", "Direction": "Cyfeiriad",
        "Confidence": "Hyder", "Author": "Awdur",
        "Suggested by %1 %2, not reviewed yet": "Awgrymwyd gan %1 %2, heb ei adolygu eto",
    },
    "ridgeline::MarkupOverlay": {
        "Direction: %1°": "Cyfeiriad: %1°", "Confidence: %1": "Hyder: %1",
        "Added by %1 at %2 UTC": "Ychwanegwyd gan %1 am %2 UTC", "Changed at %1 UTC": "Newidiwyd am %1 UTC",
        "Origin: marked by hand": "Tarddiad: marciwyd â llaw",
        "Origin: %1 %2, accepted by %3": "Tarddiad: %1 %2, derbyniwyd gan %3",
        "Added or changed after an exemplar was seen": "Ychwanegwyd neu newidiwyd ar ôl gweld enghraifft",
        "Suggestion: %1 (not reviewed)": "Awgrym: %1 (heb ei adolygu)", "From %1 %2": "Gan %1 %2",
        "Select it, then Enter accepts it and Delete rejects it": "Dewiswch ef, yna mae Enter yn ei dderbyn a Delete "
        "yn ei wrthod",
    },
    "ridgeline::MarkupTool": {
        "Place %1": "Gosod %1",
        "Features": "Nodweddion", "Region of interest": "Ardal o ddiddordeb", "Clarity map": "Map eglurder",
        "A region of interest needs at least 3 points; %1 so far. Click more points, or press Escape to drop it.":
        "Mae ardal o ddiddordeb angen o leiaf 3 pwynt; %1 hyd yma. Cliciwch ragor o bwyntiau, neu pwyswch Escape i'w "
        "dileu.",
    },
    "ridgeline::FeatureListPanel": {
        "&Remove Feature": "&Tynnu'r nodwedd", "Remove Feature": "Tynnu'r nodwedd",
        "What a click on the image marks while the markup tool (K) is active; on the image, Shift and the letter "
        "choose it": "Beth mae clic ar y ddelwedd yn ei farcio tra bo'r offeryn marcio (K) yn weithredol; ar y "
        "ddelwedd, mae Shift a'r llythyren yn ei ddewis",
        "%1 (%2)": "%1 (%2)", "Marked features": "Nodweddion a farciwyd",
        # R, not M: "Graddnodi a &Mesuriadau" is the tab beside it.
        "&Mark:": "Ma&rcio:",
        # The panel's other mnemonics are T (Tynnu'r nodwedd) and R (Marcio); the tabs beside it take W, M and N.
        "N&one Present": "Dim yn &bresennol",
        "Record that the image shows no feature of a type (for example no deltas); refused while such a feature is "
        "marked": "Cofnodi nad yw'r ddelwedd yn dangos unrhyw nodwedd o fath penodol (er enghraifft dim deltâu); caiff "
        "ei wrthod tra bo nodwedd o'r fath wedi'i marcio",
        "Recorded: %1": "Cofnodwyd: %1", "; ": "; ",
        "Suggested features, not yet reviewed": "Nodweddion a awgrymwyd, heb eu hadolygu eto",
        "&Accept": "&Derbyn",
        "Make the selected suggestion a feature of the markup, reviewed by you": "Gwneud yr awgrym a ddewiswyd yn "
        "nodwedd yn y marcio, wedi'i hadolygu gennych chi",
        "Re&ject": "Gwrt&hod", "Drop the selected suggestion": "Gollwng yr awgrym a ddewiswyd",
        "Accept A&ll": "Derbyn y &cyfan",
        "Make every suggestion a feature of the markup, reviewed by you": "Gwneud pob awgrym yn nodwedd yn y marcio, "
        "wedi'i hadolygu gennych chi",
        "Reject All": "Gwrthod y cyfan", "Drop every suggestion": "Gollwng pob awgrym",
        "Suggestions (%1)": "Awgrymiadau (%1)",
    },
    "ridgeline::imaging::Alignment": {
        "An affine alignment needs at least 3 pairs of corresponding points; %1 given. Add more pairs.": "Mae aliniad "
        "affin angen o leiaf 3 phâr o bwyntiau cyfatebol; rhoddwyd %1. Ychwanegwch ragor o barau.",
        "A similarity alignment needs at least 2 pairs of corresponding points; %1 given. Add more pairs.": "Mae "
        "aliniad tebygrwydd angen o leiaf 2 bâr o bwyntiau cyfatebol; rhoddwyd %1. Ychwanegwch ragor o barau.",
        "Pair %1 has a coordinate that is not a number. Place its points again.": "Mae gan bâr %1 gyfesuryn nad "
        "yw'n rhif. Gosodwch ei bwyntiau eto.",
        "Pairs %1 and %2 use the same point on the mark (%3 px apart). Remove one of them.": "Mae parau %1 a %2 yn "
        "defnyddio'r un pwynt ar yr ôl (%3 px ar wahân). Tynnwch un ohonynt.",
        "Pairs %1 and %2 use the same point on the exemplar (%3 px apart). Remove one of them.": "Mae parau %1 a %2 "
        "yn defnyddio'r un pwynt ar yr enghraifft (%3 px ar wahân). Tynnwch un ohonynt.",
        "The points on the mark lie on one line, so an affine alignment is undetermined. Add a pair away from that "
        "line or use a similarity alignment.": "Mae'r pwyntiau ar yr ôl ar un llinell, felly nid oes modd pennu "
        "aliniad affin. Ychwanegwch bâr oddi wrth y llinell honno neu defnyddiwch aliniad tebygrwydd.",
        "No consistent alignment fits these pairs. Check that each pair joins the same feature on the mark and on "
        "the exemplar.": "Nid oes aliniad cyson yn ffitio'r parau hyn. Gwiriwch fod pob pâr yn cysylltu'r un "
        "nodwedd ar yr ôl ac ar yr enghraifft.",
        "The pairs give a degenerate alignment (scale %1 to %2). Check that each pair joins the same feature on the "
        "mark and on the exemplar.": "Mae'r parau'n rhoi aliniad dirywiedig (graddfa %1 i %2). Gwiriwch fod pob pâr "
        "yn cysylltu'r un nodwedd ar yr ôl ac ar yr enghraifft.",
        "The pairs fit the mark mirrored (error %1 px mirrored, %2 px as it is). Allow mirroring if the mark is "
        "reversed, or check the pairs.": "Mae'r parau'n ffitio'r ôl wedi'i adlewyrchu (gwall %1 px wedi'i "
        "adlewyrchu, %2 px fel y mae). Caniatewch adlewyrchu os yw'r ôl wedi'i wrthdroi, neu gwiriwch y parau.",
    },
    "ridgeline::imaging::Overlay": {
        "Overlay: the output size %1 x %2 is empty or too large.": "Troshaen: mae maint yr allbwn %1 x %2 yn wag "
        "neu'n rhy fawr.",
        "Overlay: the viewport on the exemplar is empty.": "Troshaen: mae'r olygfa ar yr enghraifft yn wag.",
        "Overlay: the alignment of the mark onto the exemplar cannot be inverted. Align the images again.": "Troshaen: "
        "nid oes modd gwrthdroi aliniad yr ôl ar yr enghraifft. Aliniwch y delweddau eto.",
        "Overlay: the opacity is not a number.": "Troshaen: nid yw'r didreiddedd yn rhif.",
        "Overlay: the mark image is empty.": "Troshaen: mae delwedd yr ôl yn wag.",
        "Overlay: the exemplar image is empty.": "Troshaen: mae delwedd yr enghraifft yn wag.",
        "Overlay: no images to overlay.": "Troshaen: dim delweddau i'w troshaenu.",
    },
    "ridgeline::MarkWorkflow": {
        # The ACE-V state machine's refusals (issue 7).
        'The mark cannot go from "%1" to "%2": %3': 'Ni all yr ôl symud o "%1" i "%2": %3',
        "the workflow has no such step": "nid oes cam o'r fath yn y llif gwaith",
        "a %1 may not take this step": "ni chaiff %1 gymryd y cam hwn",
        "this step needs a reason": "mae angen rheswm dros y cam hwn",
        "no examiner is assigned to the mark": "nid oes archwiliwr wedi'i neilltuo i'r ôl",
        "the mark is assigned to %1; only they examine it": "mae'r ôl wedi'i neilltuo i %1; dim ond nhw sy'n ei "
        "archwilio",
        "the analysis (value decision and markup) has not been committed": "nid yw'r dadansoddiad (y penderfyniad "
        "gwerth a'r marcio) wedi'i gadarnhau",
        "no conclusion has been recorded": "nid oes casgliad wedi'i gofnodi",
        "nobody verifies their own examination": "nid oes neb yn dilysu ei archwiliad ei hun",
        "no verification has been recorded": "nid oes dilysiad wedi'i gofnodi",
        "verification is only skipped under a recorded policy exemption": "dim ond dan eithriad polisi a "
        "gofnodwyd y caiff dilysu ei hepgor",
        "the conflict has no resolution record": "nid oes cofnod datrys ar gyfer y gwrthdaro",
        "nobody signs off an examination they made or verified": "nid oes neb yn cymeradwyo archwiliad a wnaeth "
        "neu a ddilysodd",
        "the analysis has not been committed": "nid yw'r dadansoddiad wedi'i gadarnhau",
        "the conclusion has been neither verified nor exempted from verification": "nid yw'r casgliad wedi'i "
        "ddilysu na'i eithrio rhag dilysu",
    },
    "ridgeline::ComparisonWindow": {
        # The window, its menus and tool bars. "Comparison" names the tool bar and the side panel (a noun).
        "Comparison": "Cymhariaeth", "&Comparison": "&Cymhariaeth",
        "Comparison: %1[*]": "Cymhariaeth: %1[*]", "%1 with %2, %3": "%1 gyda %2, %3",
        "%1 with %2": "%1 gyda %2",
        "<b>%1</b> beside mark <b>%2</b> (%3)": "<b>%1</b> wrth ochr yr ôl <b>%2</b> (%3)",
        "Reading the mark and the exemplar…": "Wrthi'n darllen yr ôl a'r enghraifft…",
        "An image could not be opened: %1": "Nid oedd modd agor delwedd: %1",
        # Tools menu: L, M, C, a, n. Comparison menu: g, L, A, T, o.
        "&Navigate": "&Llywio",
        "Drag to pan, wheel to zoom; nothing is changed": "Llusgwch i symud, defnyddiwch yr olwyn i chwyddo; nid oes "
        "dim yn cael ei newid",
        "&Mark Features": "&Marcio nodweddion",
        "Place, select and move features in the pane you click (Shift + letter chooses the type)": "Gosod, dewis a "
        "symud nodweddion yn y paen rydych yn ei glicio (mae Shift + llythyren yn dewis y math)",
        "&Link Pairs": "&Cysylltu parau",
        "Click a feature (or an empty place, to add one) in each pane to link them as a numbered pair": "Cliciwch "
        "nodwedd (neu le gwag, i ychwanegu un) ym mhob paen i'w cysylltu fel pâr wedi'i rifo",
        "Mark &Non-correspondence": "Marcio &anghyfatebiaeth",
        "Click a point, or three or more for an area, then Return: something that is not in the other print":
        "Cliciwch bwynt, neu dri neu ragor ar gyfer ardal, yna Return: rhywbeth nad yw yn y ddelwedd arall",
        "Mark &Unclear Area": "Marcio ardal a&neglur",
        "Click a point, or three or more for an area, then Return: a part that cannot be compared": "Cliciwch bwynt, "
        "neu dri neu ragor ar gyfer ardal, yna Return: rhan nad oes modd ei chymharu",
        "Lin&k Views": "Cysylltu'r &golygon",
        "Pan, zoom and turn both panes together (through the alignment when there is one)": "Symud, chwyddo a throi'r "
        "ddau baen gyda'i gilydd (drwy'r aliniad pan fo un)",
        "Connecting &Lines": "&Llinellau cysylltu",
        "Draw a line between the two features of each pair": "Llunio llinell rhwng dwy nodwedd pob pâr",
        "&Align": "&Alinio",
        "Compute the transform from the mark to the exemplar from the pairs (robust to a wrong pair)": "Cyfrifo'r "
        "trawsffurfiad o'r ôl i'r enghraifft o'r parau (mae'n goddef pâr anghywir)",
        "Aligned: %1": "Aliniwyd: %1",
        "Clear Alignment": "Clirio'r aliniad", "Forget the alignment": "Anghofio'r aliniad",
        # The matcher is the engine's automatic pairing: "yr offeryn paru" (the pairing tool).
        "Find &Matcher's Pairs": "Canfod parau'r &offeryn paru",
        "Let the matcher propose corresponding minutiae (shown as tool-made, never as your pairs)": "Gadael i'r "
        "offeryn paru gynnig manylion cyfatebol (a ddangosir fel gwaith yr offeryn, byth fel eich parau chi)",
        "Show Matcher's Pairs": "Dangos parau'r offeryn paru",
        "Show or hide the matcher's candidate pairs (orange, T1, T2, …)": "Dangos neu guddio'r parau posibl a "
        "gynigir gan yr offeryn paru (oren, T1, T2, …)",
        "Align from Matcher's Pairs": "Alinio o barau'r offeryn paru",
        "Compute the alignment from the matcher's candidate pairs": "Cyfrifo'r aliniad o'r parau posibl a gynigir gan "
        "yr offeryn paru",
        "Aligned from the matcher's pairs: %1": "Aliniwyd o barau'r offeryn paru: %1",
        "&Overlay": "&Troshaen",
        "Show the mark laid over the exemplar through the alignment in the right pane": "Dangos yr ôl wedi'i osod dros "
        "yr enghraifft drwy'r aliniad yn y paen de",
        "Unlink Pair": "Datgysylltu'r pâr",
        "Remove the selected pair (its features stay)": "Tynnu'r pâr a ddewiswyd (mae ei nodweddion yn aros)",
        "Renumber Pairs": "Ailrifo'r parau",
        "Close the gaps: number the pairs 1, 2, 3, … in order": "Cau'r bylchau: rhifo'r parau 1, 2, 3, … yn eu trefn",
        "&Commit Comparison Revision": "&Cadarnhau fersiwn o'r gymhariaeth",
        "Store the mark's markup and this comparison as their next committed revisions": "Storio marcio'r ôl a'r "
        "gymhariaeth hon fel eu fersiynau nesaf wedi'u cadarnhau",
        "&Export Comparison…": "&Allforio'r gymhariaeth…",
        "Write the comparison with both markups as a ridgeline-comparison-bundle JSON file": "Ysgrifennu'r "
        "gymhariaeth, gyda'r ddau farcio, fel ffeil JSON ridgeline-comparison-bundle",
        "Close the comparison (your work is kept as a draft)": "Cau'r gymhariaeth (caiff eich gwaith ei gadw fel "
        "drafft)",
        "The type of feature a click places (Shift + its letter in the pane)": "Y math o nodwedd y mae clic yn ei "
        "gosod (Shift + ei llythyren yn y paen)",
        "Feature type": "Math o nodwedd", "View and Overlay": "Golwg a throshaen",
        "Similarity": "Tebygrwydd", "Affine": "Affin",
        "Similarity: turn, scale and shift only (2+ pairs). Affine: also stretch and shear (3+ pairs)": "Tebygrwydd: "
        "troi, graddio a symud yn unig (2+ pâr). Affin: hefyd ymestyn a gwyro (3+ pâr)",
        "Alignment kind": "Math o aliniad",
        "Blend": "Cymysgu", "Difference": "Gwahaniaeth", "Colour": "Lliw", "Flicker": "Fflachio",
        "Blend: the mark over the exemplar by the slider. Difference: black where they agree. Colour: mark magenta, "
        "exemplar green, both black. Flicker: one then the other": "Cymysgu: yr ôl dros yr enghraifft, i'r graddau a "
        "osodir gan y llithrydd. Gwahaniaeth: du lle maent yn cytuno. Lliw: yr ôl yn fagenta, yr enghraifft yn wyrdd, "
        "y ddau yn ddu. Fflachio: y naill ac yna'r llall",
        "Overlay mode": "Modd troshaen",
        "Blend: 0 shows the exemplar only, 100 the mark only": "Cymysgu: mae 0 yn dangos yr enghraifft yn unig, 100 yr "
        "ôl yn unig",
        "<b>Pairs</b>": "<b>Parau</b>", "No.": "Rhif", "By": "Gan",
        "The numbered pairs; select one to centre both panes on it, Delete to unlink it": "Y parau wedi'u rhifo; "
        "dewiswch un i ganoli'r ddau baen arno, Delete i'w ddatgysylltu",
        "Unlink": "Datgysylltu",
        "<b>Non-correspondences and unclear areas</b>": "<b>Anghyfatebiaethau ac ardaloedd aneglur</b>",
        "Side": "Ochr", "Points": "Pwyntiau", "Remove the selected annotation": "Dileu'r anodiad a ddewiswyd",
        "<b>Alignment</b>": "<b>Aliniad</b>", "Not aligned.": "Heb ei alinio.",
        "Pair %1 linked.": "Cysylltwyd pâr %1.",
        "Export Comparison": "Allforio'r gymhariaeth", "Comparison bundle (*.json)": "Bwndel cymharu (*.json)",
        "The comparison could not be written to %1: %2": "Nid oedd modd ysgrifennu'r gymhariaeth i %1: %2",
        "Comparison written to %1.": "Ysgrifennwyd y gymhariaeth i %1.",
        "The images are not open yet.": "Nid yw'r delweddau ar agor eto.",
        "No alignment from the pairs: %1": "Dim aliniad o'r parau: %1",
        "pair %1 (%2 px)": "pâr %1 (%2 px)",
        "Left out as not fitting: %1": "Wedi'u hepgor am nad ydynt yn ffitio: %1",
        "No alignment from the matcher's pairs: %1": "Dim aliniad o barau'r offeryn paru: %1",
        # %1 is Similarity or Affine, %2 one of these two, %5 ", mirrored" or nothing.
        "from the matcher's pairs (tool-made)": "o barau'r offeryn paru (gan yr offeryn)",
        "from %n pair(s)": ["o %n pâr"],
        "%1, %2: scale %3, turned %4°%5": "%1, %2: graddfa %3, wedi'i droi %4°%5",
        ", mirrored": ", wedi'i adlewyrchu", "; RMS residual %1 px": "; gweddill RMS %1 px",
        "; %n pair(s) not used": ["; ni ddefnyddiwyd %n pâr"],
        "The matcher is looking for corresponding minutiae…": "Mae'r offeryn paru yn chwilio am fanylion cyfatebol…",
        "The matcher was stopped.": "Ataliwyd yr offeryn paru.",
        "The matcher failed: %1": "Methodd yr offeryn paru: %1",
        "The matcher found no corresponding minutiae. %1": "Ni chanfu'r offeryn paru unrhyw fanylion cyfatebol. %1",
        "The matcher proposes %n pair(s) (orange, tool-made; not your correspondences).": [
            "Mae'r offeryn paru yn cynnig %n pâr (oren, gan yr offeryn; nid eich cyfatebiaethau chi)."],
        "<b>%1</b> beside <b>%2</b>: %3, %4 (%5), exhibit %6": "<b>%1</b> wrth ochr <b>%2</b>: %3, %4 (%5), "
        "arddangosyn %6",
        "rolled": "wedi'i rholio", "plain": "gwastad",
        "This comparison cannot be opened: %1": "Nid oes modd agor y gymhariaeth hon: %1",
        "The exemplar could not be read: %1": "Nid oedd modd darllen yr enghraifft: %1",
        "The stored markup of %1 could not be read and was left as it is: %2": "Nid oedd modd darllen y marcio a "
        "gadwyd ar gyfer %1, ac fe'i gadawyd fel y mae: %2",
        "it is of another image": "mae'n perthyn i ddelwedd arall",
        "The stored comparison could not be read and was left as it is: %1": "Nid oedd modd darllen y gymhariaeth a "
        "gadwyd, ac fe'i gadawyd fel y mae: %1",
        "The comparison is already open.": "Mae'r gymhariaeth ar agor eisoes.",
        "The stored markup is of an image of another size than the one opened.": "Mae'r marcio a gadwyd yn perthyn i "
        "ddelwedd o faint gwahanol i'r un a agorwyd.",
        "The stored comparison could not be opened: %1": "Nid oedd modd agor y gymhariaeth a gadwyd: %1",
        "Pairs %1 were left out: their features are no longer in the mark's markup.": "Hepgorwyd parau %1: nid yw eu "
        "nodweddion ym marcio'r ôl mwyach.",
        "Your comparison could not be saved as a draft: %1": "Nid oedd modd cadw eich cymhariaeth fel drafft: %1",
        "Committing the comparison…": "Wrthi'n cadarnhau'r gymhariaeth…",
        "The comparison could not be committed: %1": "Nid oedd modd cadarnhau'r gymhariaeth: %1",
        "Comparison revision %1 committed (with markup revision %2 of the mark).": "Cadarnhawyd fersiwn %1 o'r "
        "gymhariaeth (gyda fersiwn %2 o farcio'r ôl).",
    },
    "ridgeline::CorrespondenceTool": {
        "That point is outside the image.": "Mae'r pwynt hwnnw y tu allan i'r ddelwedd.",
        "Place and link %1": "Gosod a chysylltu %1",
        "An area needs at least three points; one point marks a place.": "Mae ardal angen o leiaf dri phwynt; mae un "
        "pwynt yn marcio lle.",
    },
    "ridgeline::ExemplarCardView": {
        "Tenprint card": "Cerdyn olion deg bys", "Right hand": "Llaw dde", "Left hand": "Llaw chwith",
        "Plain impressions": "Argraffiadau gwastad", "Other": "Eraill", "Position %1": "Safle %1",
        "rolled": "wedi'i rholio", "plain": "gwastad",
        "%1: no impression on file": "%1: dim argraff ar gofnod",
        "%1, %2\n%3 ppi\nExhibit %4\n%5 × %6 pixels": "%1, %2\n%3 ppi\nArddangosyn %4\n%5 × %6 picsel",
        "%1, no impression": "%1, dim argraff", "%1, %2, exhibit %3": "%1, %2, arddangosyn %3",
    },
    "ridgeline::ExemplarChooserDialog": {
        "Loading exemplars…": "Wrthi'n llwytho enghreifftiau…", "Choose Exemplar": "Dewis enghraifft",
        "Whose tenprint card to show": "Cerdyn olion deg bys pwy i'w ddangos",
        "Compare the mark with the chosen impression": "Cymharu'r ôl â'r argraff a ddewiswyd",
        "&Person:": "&Person:",
        "The exemplars of this case could not be listed: %1": "Nid oedd modd rhestru enghreifftiau'r achos hwn: %1",
        "No tenprint exemplars are filed for the persons of this case.": "Nid oes enghreifftiau deg bys wedi'u ffeilio "
        "ar gyfer pobl yr achos hwn.",
        "%1 — %n impression(s)": ["%1 — %n argraff"],
        "Choose the impression to compare the mark with.": "Dewiswch yr argraff i gymharu'r ôl â hi.",
        "The image of %1 could not be shown: %2": "Nid oedd modd dangos delwedd %1: %2",
    },
    "ridgeline::OverlayCanvas": {
        "Overlay of the mark on the exemplar": "Troshaen o'r ôl ar yr enghraifft",
        "Align the mark and the exemplar first (Comparison > Align), from three or more corresponding pairs or the "
        "matcher's pairs.": "Aliniwch yr ôl a'r enghraifft yn gyntaf (Cymhariaeth > Alinio), o dri neu ragor o barau "
        "cyfatebol neu o barau'r offeryn paru.",
        "The overlay cannot be shown: %1": "Nid oes modd dangos y droshaen: %1",
        "Preparing the overlay…": "Wrthi'n paratoi'r droshaen…",
    },
    "ridgeline::viewerstatus": {
        "Zoom %1%": "Chwyddo %1%", "Outside the image": "Y tu allan i'r ddelwedd", "x %1, y %2 px": "x %1, y %2 px",
        "%1 · Uncalibrated": "%1 · Heb ei raddnodi", "%1 · %2, %3 mm": "%1 · %2, %3 mm",
        "Uncalibrated": "Heb ei raddnodi", "%1 ppi": "%1 ppi",
    },
}

# English plural forms (singular, plural).
EN = {
    "%n mark(s)": ["%n mark", "%n marks"],
    "%n document(s)": ["%n document", "%n documents"],
    "%n impression(s)": ["%n impression", "%n impressions"],
    "%n hit(s) for “%1”": ["%n hit for “%1”", "%n hits for “%1”"],
    "%n case(s)": ["%n case", "%n cases"],
    "%1 of %n case(s) shown": ["%1 of %n case shown", "%1 of %n cases shown"],
    "As the workspace policy (%n min)": ["As the workspace policy (%n min)", "As the workspace policy (%n min)"],
    "Resumed your unsaved markup of %1 (%n feature(s)), autosaved %2": [
        "Resumed your unsaved markup of %1 (%n feature), autosaved %2",
        "Resumed your unsaved markup of %1 (%n features), autosaved %2"],
    "Markup revision %1 of %2 (%n feature(s)), committed %3": [
        "Markup revision %1 of %2 (%n feature), committed %3", "Markup revision %1 of %2 (%n features), committed %3"],
    "from %n pair(s)": ["from %n pair", "from %n pairs"],
    "; %n pair(s) not used": ["; %n pair not used", "; %n pairs not used"],
    "The matcher proposes %n pair(s) (orange, tool-made; not your correspondences).": [
        "The matcher proposes %n pair (orange, tool-made; not your correspondence).",
        "The matcher proposes %n pairs (orange, tool-made; not your correspondences)."],
    "%1 — %n impression(s)": ["%1 — %n impression", "%1 — %n impressions"],
    "Region of interest: %n point(s); Enter or double-click closes, Escape drops": [
        "Region of interest: %n point; Enter or double-click closes, Escape drops",
        "Region of interest: %n points; Enter or double-click closes, Escape drops"],
    "Wrote the markup (%n feature(s)) to %1": ["Wrote the markup (%n feature) to %1",
                                               "Wrote the markup (%n features) to %1"],
    "Replace the markup of %1 (%n feature(s)) with the one in %2?": [
        "Replace the markup of %1 (%n feature) with the one in %2?",
        "Replace the markup of %1 (%n features) with the one in %2?"],
    "Imported the markup in %1 (%n feature(s)); it is saved as your draft": [
        "Imported the markup in %1 (%n feature); it is saved as your draft",
        "Imported the markup in %1 (%n features); it is saved as your draft"],
    "%n minutia(e) suggested in %1: accept or reject them in the Features tab": [
        "%n minutia suggested in %1: accept or reject it in the Features tab",
        "%n minutiae suggested in %1: accept or reject them in the Features tab"],
}


# Further tables, one module per area (welsh_*.py beside this file): each defines CY (context ->
# {source: Welsh}) and may define EN (plural source -> English forms), merged into the tables above.
for _name in sorted(os.listdir(HERE)):
    if _name.startswith("welsh_") and _name.endswith(".py"):
        _scope = {}
        with open(os.path.join(HERE, _name), encoding="utf-8") as _file:
            exec(compile(_file.read(), _name, "exec"), _scope)
        for _context, _texts in _scope.get("CY", {}).items():
            CY.setdefault(_context, {}).update(_texts)
        EN.update(_scope.get("EN", {}))


def same_everywhere(source):
    """The Welsh of `source` if every context that has it agrees, else None."""
    values = {repr(texts[source]) for texts in CY.values() if source in texts}
    if len(values) != 1:
        return None
    return next(texts[source] for texts in CY.values() if source in texts)


def fill(path, table, plural_only):
    tree = ET.parse(path)
    filled = missing = 0
    for context in tree.getroot().findall("context"):
        name = context.find("name").text
        for message in context.findall("message"):
            source = message.find("source").text
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if plural_only and not numerus:
                continue
            value = table(name).get(source) if callable(table) else table.get(source)
            if value is None and callable(table):
                value = same_everywhere(source)
            forms = translation.findall("numerusform")
            done = all(f.text for f in forms) if numerus else bool(translation.text)
            if done and translation.get("type") != "unfinished":
                continue
            if value is None:
                missing += 1
                print(f"{os.path.basename(path)}: no translation for [{name}] {source!r}")
                continue
            if numerus:
                values = value if isinstance(value, list) else [value]
                for i, f in enumerate(forms):
                    f.text = values[min(i, len(values) - 1)]
            else:
                translation.text = value
            translation.attrib.pop("type", None)
            filled += 1
    if not filled or "--check" in sys.argv:  # --check: report only, write nothing
        print(f"{os.path.basename(path)}: {filled} to fill, {missing} missing")
        return missing
    ET.indent(tree, space="    ")
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    print(f"{os.path.basename(path)}: {filled} filled, {missing} missing")
    return missing


if __name__ == "__main__":
    m = fill(os.path.join(HERE, "ridgeline_cy.ts"), lambda ctx: CY.get(ctx, {}), False)
    m += fill(os.path.join(HERE, "ridgeline_en.ts"), EN, True)
    raise SystemExit(1 if m else 0)
