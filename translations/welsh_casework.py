# Welsh for the examiner's casework (issue 7): the casework panel and its forms, the worklist, the
# steps of ACE-V and their refusals, sign-off problems and the main window's casework actions.
# Merged into the tables of welsh.py (see there).
#
# Terms: casework "gwaith achos"; worklist "rhestr waith"; value decision "penderfyniad gwerth";
# Identification / Exclusion / Inconclusive "Adnabod" / "Allgáu" / "Amhendant" (allgáu, not eithrio:
# "eithrio" is already an exemption from verification); verifier "dilysydd"; blind verification
# "dilysu dall"; snapshot "ciplun"; flagged "wedi'i nodi" (as in ridgeline::storage); sign-off
# "cymeradwyaeth" (Signed off = "Wedi'i gymeradwyo"); resolution (of a conflict) "datrysiad";
# re-examine "ailarchwilio"; substrate "arwyneb"; development method "dull datblygu";
# sequestration "ynysu dan ACE-V"; withheld "wedi'i atal"; signing key "allwedd lofnodi".
# "Casework" context: the last items of "linked persons", "candidate lists", ... fill %2 of
# "the %2 of its case", so they carry no article ("mae delweddau enghreifftiol yr achos ...").

CY = {
    "ridgeline::Casework": {
        "Of value for identification": "O werth ar gyfer adnabod",
        "Of value for exclusion only": "O werth ar gyfer allgáu yn unig",
        "No value": "Dim gwerth",
        "Identification": "Adnabod", "Exclusion": "Allgáu", "Inconclusive": "Amhendant",
        "linked persons": "personau cysylltiedig", "candidate lists": "rhestrau ymgeiswyr",
        "exemplar images": "delweddau enghreifftiol", "exemplar listings": "rhestrau enghreifftiau",
        "The conclusion on mark %1 needs its basis in words; nothing was recorded.": "Mae angen sail mewn geiriau "
        "ar gyfer y casgliad ar ôl %1; ni chofnodwyd dim.",
        "An identification or exclusion of mark %1 names the exemplar impression it refers to; nothing was "
        "recorded.": "Rhaid i adnabod neu allgáu ôl %1 enwi'r argraff enghreifftiol y mae'n cyfeirio ati; ni "
        "chofnodwyd dim.",
        "Your analysis of mark %1 is not committed yet: the %2 of its case stay closed to you until it is (ACE-V "
        "sequestration). The refusal was recorded.": "Nid yw eich dadansoddiad o ôl %1 wedi'i gadarnhau eto: mae %2 "
        "yr achos ar gau i chi nes iddo gael ei gadarnhau (ynysu dan ACE-V). Cofnodwyd y gwrthodiad.",
        "Mark %1 is examined by %2: only they commit its markup and comparisons; your work stays in your draft.":
        "%2 sy'n archwilio ôl %1: dim ond nhw sy'n cadarnhau ei farcio a'i gymariaethau; mae eich gwaith yn aros yn "
        "eich drafft.",
        "Mark %1 is examined by %2 and verification is blind: their markup and comparisons stay closed to you until "
        "you have recorded your own verification. The refusal was recorded.": "%2 sy'n archwilio ôl %1 ac mae'r "
        "dilysu'n ddall: mae eu marcio a'u cymariaethau ar gau i chi nes i chi gofnodi eich dilysiad eich hun. "
        "Cofnodwyd y gwrthodiad.",
        "the changes since the analysis (a markup document could not be read: %1)": "y newidiadau ers y "
        "dadansoddiad (nid oedd modd darllen dogfen farcio: %1)",
        "the first examiner's analysis (blind verification)": "dadansoddiad yr archwiliwr cyntaf (dilysu dall)",
        "the first examiner's conclusion (blind verification)": "casgliad yr archwiliwr cyntaf (dilysu dall)",
        "the resolution (blind verification)": "y datrysiad (dilysu dall)",
        "The mark was changed by another session first.": "Newidiwyd yr ôl gan sesiwn arall yn gyntaf.",
        "Mark %1 is signed off: its examination only reopens with a committed change, which voids the sign-off.":
        "Mae ôl %1 wedi'i gymeradwyo: dim ond newid wedi'i gadarnhau sy'n ailagor ei archwiliad, ac mae hwnnw'n "
        "dirymu'r gymeradwyaeth.",
        "%1 is a scene photograph, not a mark: it is not examined under ACE-V.": "Ffotograff o'r lleoliad yw %1, "
        "nid ôl: ni chaiff ei archwilio dan ACE-V.",
        "Mark %1 has no image yet: its analysis starts when the image has arrived.": "Nid oes gan ôl %1 ddelwedd "
        "eto: bydd ei ddadansoddiad yn dechrau pan fydd y ddelwedd wedi cyrraedd.",
        "\"%1\" is not an active examiner of this workspace; mark %2 was not assigned.": "Nid yw \"%1\" yn "
        "archwiliwr gweithredol yn y gweithle hwn; ni neilltuwyd ôl %2.",
        "Mark %1 is at the stage \"%2\": only a mark not yet analysed can be (re)assigned.": "Mae ôl %1 ar y cam "
        "\"%2\": dim ond ôl nad yw wedi'i ddadansoddi eto y mae modd ei (ail)neilltuo.",
        "Taking mark %1 from %2 in mid-analysis needs a reason.": "Mae angen rheswm i gymryd ôl %1 oddi ar %2 "
        "ynghanol y dadansoddiad.",
        "Mark %1 was analysed as of no value: it is not compared.": "Dadansoddwyd ôl %1 fel un heb werth: ni "
        "chaiff ei gymharu.",
        "Mark %1 was examined by you: nobody verifies their own examination. The refusal was recorded.": "Chi a "
        "archwiliodd ôl %1: nid oes neb yn dilysu ei archwiliad ei hun. Cofnodwyd y gwrthodiad.",
        "There is no conclusion to verify.": "Nid oes casgliad i'w ddilysu.",
        "The resolution of mark %1 says what was re-examined and the outcome; nothing was recorded.": "Rhaid i "
        "ddatrysiad ôl %1 ddweud beth a ailarchwiliwyd a beth oedd y canlyniad; ni chofnodwyd dim.",
        "You examined or verified mark %1: its conflict is resolved by someone else. The refusal was recorded.":
        "Chi a archwiliodd neu a ddilysodd ôl %1: rhywun arall sy'n datrys ei wrthdaro. Cofnodwyd y gwrthodiad.",
        # Why a mark is on the worklist or in the review queue.
        "Assigned to you": "Wedi'i neilltuo i chi", "Your examination": "Eich archwiliad",
        "Not taken yet": "Heb ei gymryd eto", "Awaiting verification": "Yn aros am ddilysiad",
        "In conflict: awaiting resolution": "Mewn gwrthdaro: yn aros am ddatrysiad",
        "Awaiting technical review and sign-off": "Yn aros am adolygiad technegol a chymeradwyaeth",
        "Conflict to resolve": "Gwrthdaro i'w ddatrys",
        "Concluded: verification or exemption to come": "Casgliad wedi'i gofnodi: dilysiad neu eithriad i ddod",
        # Sign-off of a case and the check of sign-offs.
        "Mark %1 is not a mark of case %2.": "Nid yw ôl %1 yn un o olion achos %2.",
        "Choose the marks of case %1 to sign off; nothing was signed.": "Dewiswch yr olion yn achos %1 i'w "
        "cymeradwyo; ni lofnodwyd dim.",
        "Mark %1 changed since you reviewed it (now version %2, stage \"%3\"; you reviewed version %4). Nothing was "
        "signed: review it again.": "Newidiodd ôl %1 ers i chi ei adolygu (fersiwn %2 erbyn hyn, cam \"%3\"; "
        "adolygoch chi fersiwn %4). Ni lofnodwyd dim: adolygwch ef eto.",
        "Wrong passphrase for %1; case %2 was not signed off.": "Cyfrinymadrodd anghywir ar gyfer %1; ni "
        "chymeradwywyd achos %2.",
        "Mark %1 is closed: its examination can no longer change.": "Mae ôl %1 ar gau: ni all ei archwiliad newid "
        "mwyach.",
        "Sign-off %1 of case %2": "Cymeradwyaeth %1 achos %2",
        "%1: the signed document does not match its SHA-256 (altered after signing).": "%1: nid yw'r ddogfen a "
        "lofnodwyd yn cyfateb i'w SHA-256 (fe'i newidiwyd ar ôl ei llofnodi).",
        "%1: the signature by %2 does not verify.": "%1: nid oes modd gwirio'r llofnod gan %2.",
        "%1: signed with a key that is not %2's.": "%1: wedi'i lofnodi ag allwedd nad yw'n eiddo i %2.",
        "%1: the examination records no longer match what was signed, and no later revision voided the sign-off "
        "(changed outside Ridgeline).": "%1: nid yw cofnodion yr archwiliad yn cyfateb mwyach i'r hyn a lofnodwyd, "
        "ac ni ddirymodd unrhyw fersiwn ddiweddarach y gymeradwyaeth (newidiwyd y tu allan i Ridgeline).",
    },
    "ridgeline::CaseworkSteps": {
        # Step names; they also fill %1 of MarkCaseworkController's "%1 on %2 was not stored: %3".
        "Start Analysis": "Dechrau dadansoddi", "Commit Analysis": "Cadarnhau'r dadansoddiad",
        "Begin Comparison": "Dechrau cymharu", "Record Conclusion": "Cofnodi casgliad",
        "Submit for Verification": "Cyflwyno i'w ddilysu", "Record Verification": "Cofnodi dilysiad",
        "Resolve Conflict": "Datrys y gwrthdaro",
        "Take the mark and start its analysis; exemplars stay hidden until the analysis is committed": "Cymryd yr "
        "ôl a dechrau ei ddadansoddi; mae'r enghreifftiau'n aros yn gudd nes bod y dadansoddiad wedi'i gadarnhau",
        "Record the value decision and notes and commit the analysis; its snapshot of the markup becomes immutable":
        "Cofnodi'r penderfyniad gwerth a'r nodiadau a chadarnhau'r dadansoddiad; ni fydd modd newid ei giplun o'r "
        "marcio wedyn",
        "Open the exemplars of the case to comparison; markup changes from now on are flagged": "Agor "
        "enghreifftiau'r achos i'w cymharu; caiff newidiadau i'r marcio o hyn ymlaen eu nodi",
        "Record your conclusion with its basis and the exemplar impression it refers to": "Cofnodi eich casgliad "
        "gyda'i sail a'r argraff enghreifftiol y mae'n cyfeirio ati",
        "Hand the mark on for verification by a second examiner": "Trosglwyddo'r ôl i ail archwiliwr ei ddilysu",
        "Record your own conclusion as the verifier; a different conclusion puts the mark in conflict": "Cofnodi "
        "eich casgliad eich hun fel y dilysydd; mae casgliad gwahanol yn rhoi'r ôl mewn gwrthdaro",
        "Record what was re-examined, the outcome and the conclusion that stands": "Cofnodi beth a ailarchwiliwyd, "
        "y canlyniad a'r casgliad sy'n sefyll",
        "The analysis found the mark of no value: it is not compared.": "Canfu'r dadansoddiad nad oes gwerth i'r "
        "ôl: ni chaiff ei gymharu.",
        "The examiner and the verifier of a mark do not resolve its conflict themselves.": "Nid yw archwiliwr a "
        "dilysydd ôl yn datrys ei wrthdaro eu hunain.",
        "Waiting for an examiner to start the analysis.": "Yn aros i archwiliwr ddechrau'r dadansoddiad.",
        "Assigned to %1; waiting for the analysis to start.": "Wedi'i neilltuo i %1; yn aros i'r dadansoddiad "
        "ddechrau.",
        "Analysed as of no value by %1: not compared.": "Dadansoddwyd fel un heb werth gan %1: heb ei gymharu.",
        "Being examined by %1.": "Yn cael ei archwilio gan %1.", "an examiner": "archwiliwr",
        "Waiting for verification by a second examiner.": "Yn aros i ail archwiliwr ei ddilysu.",
        "Waiting for verification by an examiner other than %1.": "Yn aros i archwiliwr heblaw %1 ei ddilysu.",
        "In conflict: waiting for a resolution by someone who neither examined nor verified the mark.": "Mewn "
        "gwrthdaro: yn aros am ddatrysiad gan rywun na wnaeth archwilio na dilysu'r ôl.",
        "The conflict is being resolved.": "Mae'r gwrthdaro'n cael ei ddatrys.",
        "Waiting for a supervisor's technical review and sign-off.": "Yn aros am adolygiad technegol a "
        "chymeradwyaeth goruchwylydd.",
        "Signed off.": "Wedi'i gymeradwyo.", "Closed.": "Ar gau.",
        # What a conclusion still needs; %1 of the second is "adnabod" or "allgáu" (lower case).
        "the basis of the conclusion in words": "sail y casgliad mewn geiriau",
        "the exemplar impression the %1 refers to": "yr argraff enghreifftiol y mae'r %1 yn cyfeirio ati",
        "Still needed: %1.": "Angen o hyd: %1.", "; ": "; ",
        # Markup changes since the analysis snapshot.
        "Added": "Ychwanegwyd", "Moved": "Symudwyd", "Retyped": "Newidiwyd y math", "Deleted": "Dilëwyd",
        "Edited": "Golygwyd",
    },
    "ridgeline::MarkCaseworkController": {
        "Another step on this mark is being stored.": "Mae cam arall ar yr ôl hwn yn cael ei storio.",
        "The record is being read.": "Mae'r cofnod yn cael ei ddarllen.",
        "%1: %2 (%3), exhibit %4": "%1: %2 (%3), arddangosyn %4",
        "rolled": "wedi'i rholio", "plain": "gwastad", "mark %1": "ôl %1", "impression %1": "argraff %1",
        "The casework of %1 could not be read: %2": "Nid oedd modd darllen gwaith achos %1: %2",
        "The exemplars of the case could not be listed: %1": "Nid oedd modd rhestru enghreifftiau'r achos: %1",
        # %1 is a step name of ridgeline::CaseworkSteps ("Dechrau cymharu").
        "%1 on %2 was not stored: %3": "Ni storiwyd y cam “%1” ar %2: %3",
        "The record has been read again; check it before trying again.": "Mae'r cofnod wedi'i ddarllen eto; "
        "gwiriwch ef cyn rhoi cynnig arall arni.",
        "Analysis of %1 started. Exemplars of the case stay hidden until the analysis is committed.": "Dechreuwyd "
        "dadansoddi %1. Mae enghreifftiau'r achos yn aros yn gudd nes bod y dadansoddiad wedi'i gadarnhau.",
        "Analysis of %1 committed; its snapshot is on the record and cannot change.": "Cadarnhawyd dadansoddiad %1; "
        "mae ei giplun ar gofnod ac ni all newid.",
        "Comparison of %1 begun: exemplars are visible, later markup changes are flagged.": "Dechreuwyd cymharu %1: "
        "mae'r enghreifftiau i'w gweld, a chaiff newidiadau diweddarach i'r marcio eu nodi.",
        "Conclusion on %1 recorded: %2.": "Cofnodwyd casgliad ar %1: %2.",
        "Conclusion on %1 recorded.": "Cofnodwyd casgliad ar %1.",
        "%1 submitted for verification by a second examiner.": "Cyflwynwyd %1 i ail archwiliwr ei ddilysu.",
        "Verification of %1 recorded. It differs from the examiner's conclusion: the mark is in conflict.":
        "Cofnodwyd dilysiad %1. Mae'n wahanol i gasgliad yr archwiliwr: mae'r ôl mewn gwrthdaro.",
        "Verification of %1 recorded; the mark goes to technical review.": "Cofnodwyd dilysiad %1; mae'r ôl yn mynd "
        "i adolygiad technegol.",
        "Conflict on %1 resolved; the mark goes to technical review.": "Datryswyd y gwrthdaro ar %1; mae'r ôl yn "
        "mynd i adolygiad technegol.",
    },
    "ridgeline::CaseworkDialog": {
        "Mark Casework": "Gwaith achos yr ôl", "Mark Casework — %1": "Gwaith achos yr ôl — %1",
        # Tabs D, C, N; history H; step buttons e, r, m, s, y, i, g; Reload A.
        "&Analysis": "&Dadansoddiad", "Co&nclusions": "&Casgliadau", "Co&nclusions (%1)": "&Casgliadau (%1)",
        "Flagged C&hanges": "&Newidiadau a nodwyd", "Flagged C&hanges (%1)": "&Newidiadau a nodwyd (%1)",
        "H&istory": "&Hanes", "H&istory (%1)": "&Hanes (%1)",
        "&Start Analysis": "D&echrau dadansoddi", "Co&mmit Analysis…": "Cada&rnhau'r dadansoddiad…",
        "&Begin Comparison…": "Dechrau cy&mharu…", "Record &Conclusion…": "Cofnodi ca&sgliad…",
        "S&ubmit for Verification…": "C&yflwyno i'w ddilysu…", "Record &Verification…": "Cofnodi d&ilysiad…",
        "Resolve Con&flict…": "Datrys y &gwrthdaro…", "&Reload": "&Ail-lwytho",
        "Storing the step in the workspace…": "Wrthi'n storio'r cam yn y gweithle…",
        "Reading the casework…": "Wrthi'n darllen y gwaith achos…",
        "Value decision:": "Penderfyniad gwerth:", "Substrate:": "Arwyneb:",
        "Development method:": "Dull datblygu:", "Distortion notes:": "Nodiadau ystumio:", "Notes:": "Nodiadau:",
        "Committed by:": "Cadarnhawyd gan:", "Committed:": "Cadarnhawyd:", "Markup snapshot:": "Ciplun o'r marcio:",
        "Snapshot SHA-256:": "SHA-256 y ciplun:",
        "Exemplar seen before commit:": "Enghraifft wedi'i gweld cyn cadarnhau:",
        "Exemplars first seen:": "Gweld enghreifftiau am y tro cyntaf:",
        "Stage": "Cam", "Conclusion": "Casgliad", "By": "Gan", "Exemplar impression": "Argraff enghreifftiol",
        "Recorded": "Cofnodwyd", "Basis": "Sail",
        "Change": "Newid", "Feature": "Nodwedd", "Type": "Math", "Detail": "Manylion",
        "After an exemplar was seen": "Ar ôl gweld enghraifft",
        "When": "Pryd", "Who": "Pwy", "From": "O", "To": "I", "Why": "Pam",
        "Open in Mark Viewer": "Agor yn y gwyliwr olion",
        "Open the mark to zoom, enhance and mark up its features (%1)": "Agor yr ôl i'w chwyddo, ei wella a marcio "
        "ei nodweddion (%1)",
        "Open the mark to zoom, enhance and mark up its features": "Agor yr ôl i'w chwyddo, ei wella a marcio ei "
        "nodweddion",
        "Read the mark's casework from the workspace again (F5)": "Darllen gwaith achos yr ôl o'r gweithle eto (F5)",
        "Read the mark's casework from the workspace again": "Darllen gwaith achos yr ôl o'r gweithle eto",
        "Close": "Cau", "Close the casework panel (Esc)": "Cau panel y gwaith achos (Esc)",
        "Close the casework panel; nothing is lost, every step is already stored": "Cau panel y gwaith achos; ni "
        "chollir dim, mae pob cam wedi'i storio eisoes",
        "%1\nNot available: %2": "%1\nNid yw ar gael: %2",
        "Changed in another session: %1": "Newidiwyd mewn sesiwn arall: %1",
        "%1 · %2": "%1 · %2", "Case %1, received %2": "Achos %1, derbyniwyd %2",
        "The mark's ACE-V stage": "Cam ACE-V yr ôl",
        # %1 is how long ("3 d 4 h"), %2 the date and time the stage began.
        "for %1, since %2": "am %1, ers %2",
        "Examiner: %1": "Archwiliwr: %1", "Verifier: %1": "Dilysydd: %1", "Version %1": "Fersiwn %1",
        "Each step names the version it was based on; a change made meanwhile in another session is refused, never "
        "overwritten": "Mae pob cam yn enwi'r fersiwn y seiliwyd ef arni; caiff newid a wnaed yn y cyfamser mewn "
        "sesiwn arall ei wrthod, nid ei drosysgrifo",
        "Withheld from you: %1.": "Ataliwyd rhagoch: %1.",
        "The analysis %1 committed on %2 (snapshot SHA-256 %3) is withheld from you until you have recorded your own "
        "verification: blind verification.": "Caiff y dadansoddiad a gadarnhaodd %1 ar %2 (SHA-256 y ciplun %3) ei "
        "atal rhagoch nes i chi gofnodi eich dilysiad eich hun: dilysu dall.",
        "The analysis has not been committed yet. Mark up the features in the mark viewer, then commit the analysis "
        "here with the value decision; exemplars of the case stay hidden until then.": "Nid yw'r dadansoddiad "
        "wedi'i gadarnhau eto. Marciwch y nodweddion yn y gwyliwr olion, yna cadarnhewch y dadansoddiad yma gyda'r "
        "penderfyniad gwerth; mae enghreifftiau'r achos yn aros yn gudd tan hynny.",
        "The analysis is not shown to you.": "Nid yw'r dadansoddiad yn cael ei ddangos i chi.",
        "markup revision %1": "fersiwn %1 o'r marcio", "no markup was recorded": "ni chofnodwyd unrhyw farcio",
        # The answers to "Exemplar seen before commit:" (%1 a date and time).
        "Yes: an exemplar of the case was first seen %1, before this analysis": "Do: gwelwyd enghraifft o'r achos "
        "am y tro cyntaf ar %1, cyn y dadansoddiad hwn",
        "No exemplar of the case had been seen": "Nid oedd unrhyw enghraifft o'r achos wedi'i gweld",
        "No exemplar of the case has been seen": "Nid oes unrhyw enghraifft o'r achos wedi'i gweld",
        # %1 is a stage name of ridgeline::Domain, lower-cased in the second ("y gwerthuso", "y dilysu (dall)").
        "%1 (blind)": "%1 (dall)", "Basis of the %1 by %2: %3": "Sail y %1 gan %2: %3",
        "No conclusion you may see has been recorded.": "Nid oes casgliad y cewch ei weld wedi'i gofnodi.",
        "<b>Resolution</b> by %1, %2.<br>Re-examined: %3<br>Outcome: %4<br>The conclusion that stands: <b>%5</b> %6":
        "<b>Datrysiad</b> gan %1, %2.<br>Ailarchwiliwyd: %3<br>Canlyniad: %4<br>Y casgliad sy'n sefyll: <b>%5</b> "
        "%6",
        "(%1)": "(%1)", "Verification exempted by %1: %2": "Eithriwyd rhag dilysu gan %1: %2",
        "moved %1 px": "symudwyd %1 px", "was %1": "roedd yn %1", "Yes": "Ie", "No": "Na",
        "Feature %1": "Nodwedd %1",
        "Changes are listed against the analysis snapshot once the analysis is committed.": "Caiff newidiadau eu "
        "rhestru yn erbyn ciplun y dadansoddiad unwaith y bydd y dadansoddiad wedi'i gadarnhau.",
        "The newest committed markup is as the analysis snapshot recorded it (revision %1). Changes kept only as your "
        "draft are listed once committed.": "Mae'r marcio diweddaraf a gadarnhawyd fel y'i cofnodwyd yng nghiplun y "
        "dadansoddiad (fersiwn %1). Caiff newidiadau sydd wedi'u cadw fel eich drafft yn unig eu rhestru unwaith y "
        "cânt eu cadarnhau.",
        "Changes in the newest committed markup since the analysis snapshot (revision %1): %2, each flagged.":
        "Newidiadau yn y marcio diweddaraf a gadarnhawyd ers ciplun y dadansoddiad (fersiwn %1): %2, pob un wedi'i "
        "nodi.",
        "Begin Comparison — %1": "Dechrau cymharu — %1", "Begin the comparison of %1?": "Dechrau cymharu %1?",
        "The exemplars of the case become visible to you, and every change to the markup from now on is flagged "
        "against the analysis snapshot.": "Bydd enghreifftiau'r achos i'w gweld gennych, a chaiff pob newid i'r "
        "marcio o hyn ymlaen ei nodi yn erbyn ciplun y dadansoddiad.",
        "&Begin Comparison": "&Dechrau cymharu",
        "Submit for Verification — %1": "Cyflwyno i'w ddilysu — %1",
        "Submit %1 for verification?": "Cyflwyno %1 i'w ddilysu?",
        "A second examiner verifies it blind: they do not see your markup, notes or conclusion until they have "
        "recorded their own.": "Mae ail archwiliwr yn ei ddilysu'n ddall: ni fyddant yn gweld eich marcio, eich "
        "nodiadau na'ch casgliad nes iddynt gofnodi eu rhai eu hunain.",
        "A second examiner verifies your conclusion.": "Mae ail archwiliwr yn dilysu eich casgliad.",
        "S&ubmit": "&Cyflwyno",
        "Blind verification: the first examiner's conclusion, markup and notes are withheld until you have recorded "
        "yours. Reach your own conclusion from the mark and the exemplars.": "Dilysu dall: caiff casgliad, marcio a "
        "nodiadau'r archwiliwr cyntaf eu hatal rhagoch nes i chi gofnodi eich rhai chi. Dewch i'ch casgliad "
        "eich hun o'r ôl a'r enghreifftiau.",
        "The examiner concluded: %1 (%2). Basis: %3": "Casgliad yr archwiliwr: %1 (%2). Sail: %3",
        "%1 by %2: %3": "%1 gan %2: %3",
        "Loading exemplars…": "Wrthi'n llwytho enghreifftiau…",
    },
    "ridgeline::AnalysisFormDialog": {
        # Mnemonics: a, l, D (value); w, t, y, N (fields); C (commit).
        "Pressure, slippage, deposition, substrate movement…": "Pwysau, llithro, dyddodiad, symudiad yr arwyneb…",
        "Anything else that belongs on the record": "Unrhyw beth arall sy'n perthyn i'r cofnod",
        "Commit Analysis — %1": "Cadarnhau'r dadansoddiad — %1",
        "Value decision": "Penderfyniad gwerth",
        "Of value for &identification": "O werth ar gyfer &adnabod",
        "Enough reliable detail to identify or exclude a source": "Digon o fanylion dibynadwy i adnabod neu allgáu "
        "ffynhonnell",
        "Of value for &exclusion only": "O werth ar gyfer a&llgáu yn unig",
        "Enough detail to exclude a source, not to identify one": "Digon o fanylion i allgáu ffynhonnell, ond nid i "
        "adnabod un",
        "&No value": "&Dim gwerth",
        "Not enough reliable detail: the mark is not compared": "Dim digon o fanylion dibynadwy: ni chaiff yr ôl ei "
        "gymharu",
        "e.g. glass, smooth, non-porous": "e.e. gwydr, llyfn, anhydraidd",
        "e.g. aluminium powder, lifted": "e.e. powdr alwminiwm, wedi'i godi",
        "Su&bstrate:": "Ar&wyneb:", "&Development method:": "Dull da&tblygu:",
        "Dis&tortion notes:": "Nodiadau &ystumio:", "N&otes:": "&Nodiadau:",
        "Co&mmit Analysis…": "&Cadarnhau'r dadansoddiad…",
        "Commit the analysis: the snapshot of the markup and these notes become immutable": "Cadarnhau'r "
        "dadansoddiad: ni fydd modd newid ciplun y marcio na'r nodiadau hyn wedyn",
        "Close the form without committing (Esc)": "Cau'r ffurflen heb gadarnhau (Esc)",
        "Record what the mark shows before any exemplar is seen. Committing stores an immutable snapshot of the "
        "markup and these notes; exemplars of the case stay hidden until you begin the comparison.": "Cofnodwch yr "
        "hyn y mae'r ôl yn ei ddangos cyn gweld unrhyw enghraifft. Mae cadarnhau yn storio ciplun digyfnewid o'r "
        "marcio a'r nodiadau hyn; mae enghreifftiau'r achos yn aros yn gudd nes i chi ddechrau'r gymhariaeth.",
        "Choose the value decision.": "Dewiswch y penderfyniad gwerth.",
        # %2 is a value decision of ridgeline::Casework, lower-cased ("o werth ar gyfer adnabod").
        "Commit the analysis of %1 as %2?": "Cadarnhau dadansoddiad %1 gyda'r penderfyniad gwerth “%2”?",
        "The snapshot of the mark's markup and these notes will be immutable: later changes to the markup are "
        "recorded against it and flagged, never replace it.": "Ni fydd modd newid ciplun marcio'r ôl na'r nodiadau "
        "hyn: caiff newidiadau diweddarach i'r marcio eu cofnodi yn ei erbyn a'u nodi, heb fyth ei ddisodli.",
        "&Commit": "&Cadarnhau",
    },
    "ridgeline::ConclusionFields": {
        # Mnemonics: A, l, m (conclusion); e, S (fields).
        "What you compared and why it supports the conclusion": "Beth a gymharwyd gennych a pham mae'n cefnogi'r "
        "casgliad",
        "&Identification": "&Adnabod",
        "The mark and the exemplar impression come from the same source": "Mae'r ôl a'r argraff enghreifftiol yn "
        "dod o'r un ffynhonnell",
        "&Exclusion": "A&llgáu",
        "The mark and the exemplar impression come from different sources": "Mae'r ôl a'r argraff enghreifftiol yn "
        "dod o ffynonellau gwahanol",
        "I&nconclusive": "A&mhendant",
        "Neither an identification nor an exclusion can be reached": "Nid oes modd dod i gasgliad o adnabod nac o "
        "allgáu",
        "The exemplar impression an identification or exclusion refers to": "Yr argraff enghreifftiol y mae adnabod "
        "neu allgáu yn cyfeirio ati",
        "Conclusion:": "Casgliad:", "E&xemplar impression:": "Argraff &enghreifftiol:", "&Basis:": "&Sail:",
        "Loading exemplars…": "Wrthi'n llwytho enghreifftiau…",
        "The case has no exemplar impressions": "Nid oes gan yr achos argraffiadau enghreifftiol",
        "Choose the impression…": "Dewiswch yr argraff…",
        "Choose identification, exclusion or inconclusive.": "Dewiswch adnabod, allgáu neu amhendant.",
        "An identification or exclusion refers to an exemplar impression, and there is none to choose: %1.": "Mae "
        "adnabod neu allgáu yn cyfeirio at argraff enghreifftiol, ac nid oes un i'w dewis: %1.",
    },
    "ridgeline::ConclusionFormDialog": {
        "Record Verification — %1": "Cofnodi dilysiad — %1", "Record Conclusion — %1": "Cofnodi casgliad — %1",
        "&Record Verification": "&Cofnodi'r dilysiad", "&Record Conclusion": "&Cofnodi'r casgliad",
        "Store your verification; it cannot be changed afterwards": "Storio eich dilysiad; nid oes modd ei newid "
        "wedyn",
        "Store your conclusion; it cannot be changed afterwards": "Storio eich casgliad; nid oes modd ei newid wedyn",
    },
    "ridgeline::ResolutionFormDialog": {
        # Mnemonics r, C, D beside ConclusionFields' A, l, m, e, S.
        "The mark, the markup, the impressions looked at again": "Yr ôl, y marcio, yr argraffiadau a archwiliwyd "
        "eto",
        "What the re-examination found": "Beth a ganfu'r ailarchwiliad",
        "Resolve Conflict — %1": "Datrys y gwrthdaro — %1", "Re&solve Conflict": "&Datrys y gwrthdaro",
        "Store the resolution; the mark then goes to technical review": "Storio'r datrysiad; yna mae'r ôl yn mynd i "
        "adolygiad technegol",
        "What was &re-examined:": "Beth a aila&rchwiliwyd:", "&Outcome:": "&Canlyniad:",
        "The conclusion that stands": "Y casgliad sy'n sefyll",
        "Say what was re-examined.": "Dywedwch beth a ailarchwiliwyd.",
        "Say what the re-examination found.": "Dywedwch beth a ganfu'r ailarchwiliad.",
    },
    "ridgeline::ReasonDialog": {
        "Required: it is kept with the mark's record and in the audit trail": "Gofynnol: caiff ei gadw gyda "
        "chofnod yr ôl ac yn y llwybr archwilio",
    },
    "ridgeline::WorklistController": {
        "Your worklist could not be read: %1": "Nid oedd modd darllen eich rhestr waith: %1",
    },
    "ridgeline::WorklistModel": {
        "%1 since %2": "%1 ers %2",
        "When the mark entered this stage is not recorded": "Nid yw'r amser y daeth yr ôl i'r cam hwn wedi'i "
        "gofnodi",
        "Double-click or press Enter to open the casework of %1": "Cliciwch ddwywaith neu bwyso Enter i agor gwaith "
        "achos %1",
        "Case": "Achos", "Exhibit": "Arddangosyn", "Kind": "Math", "ACE-V stage": "Cam ACE-V",
        "In stage": "Amser yn y cam", "Why listed": "Pam ar y rhestr",
        "How long the mark has been in its current ACE-V stage": "Am faint o amser y mae'r ôl wedi bod yn ei gam "
        "ACE-V presennol",
    },
    "ridgeline::WorklistView": {
        "Double-click a mark or press Enter to open its casework": "Cliciwch ddwywaith ar ôl neu bwyso Enter i agor "
        "ei waith achos",
        "My worklist": "Fy rhestr waith", "Reading your worklist…": "Wrthi'n darllen eich rhestr waith…",
        "Nothing waits for you: no mark is assigned to you, waiting for your verification or waiting to be taken.":
        "Nid oes dim yn aros amdanoch: nid oes unrhyw ôl wedi'i neilltuo i chi, yn aros i chi ei ddilysu nac yn "
        "aros i gael ei gymryd.",
        "Waiting for you: %1. The mark longest in its stage comes first.": "Yn aros amdanoch: %1. Daw'r ôl sydd "
        "wedi bod hiraf yn ei gam yn gyntaf.",
        "Refresh": "Adnewyddu", "Read your worklist again": "Darllen eich rhestr waith eto",
        "Read your worklist again (%1)": "Darllen eich rhestr waith eto (%1)",
        "Read your worklist and the case list from the workspace again": "Darllen eich rhestr waith a rhestr yr "
        "achosion o'r gweithle eto",
    },
    "ridgeline::WorkspaceSession": {
        "This session keeps no casework records; open the workspace itself to examine, verify or sign off.": "Nid "
        "yw'r sesiwn hon yn cadw cofnodion gwaith achos; agorwch y gweithle ei hun i archwilio, dilysu neu "
        "gymeradwyo.",
    },
    "ridgeline::storage": {
        "There is no mark %1 in the workspace.": "Nid oes ôl %1 yn y gweithle.",
        # %4 is " (by %1 at %2)" or nothing.
        "Mark %1 was changed by another session first: it is now at version %2, stage \"%3\"%4; your step was based "
        "on version %5, stage \"%6\". Nothing was saved: reload the mark and decide again.": "Newidiwyd ôl %1 gan "
        "sesiwn arall yn gyntaf: mae bellach ar fersiwn %2, cam \"%3\"%4; roedd eich cam chi wedi'i seilio ar "
        "fersiwn %5, cam \"%6\". Ni chadwyd dim: ail-lwythwch yr ôl a phenderfynu eto.",
        " (by %1 at %2)": " (gan %1 am %2)",
        "Mark %1 was changed by another session first; nothing was saved.": "Newidiwyd ôl %1 gan sesiwn arall yn "
        "gyntaf; ni chadwyd dim.",
        "The mark has no committed analysis.": "Nid oes gan yr ôl ddadansoddiad wedi'i gadarnhau.",
        "%1 has no signing key yet.": "Nid oes gan %1 allwedd lofnodi eto.",
        "The key protecting the signing key could not be derived (out of memory?); nothing was signed.": "Nid oedd "
        "modd deillio'r allwedd sy'n diogelu'r allwedd lofnodi (dim digon o gof?); ni lofnodwyd dim.",
        "The passphrase does not open %1's signing key; nothing was signed.": "Nid yw'r cyfrinymadrodd yn agor "
        "allwedd lofnodi %1; ni lofnodwyd dim.",
        "The stored signing key of %1 is damaged.": "Mae'r allwedd lofnodi a storiwyd ar gyfer %1 wedi'i difrodi.",
        "The stored signing key of %1 does not match its public key.": "Nid yw'r allwedd lofnodi a storiwyd ar gyfer "
        "%1 yn cyfateb i'w hallwedd gyhoeddus.",
    },
    "ridgeline::MainActions": {
        # View menu: T and d are free (A, B, C, g, b, S are taken).
        "Case &Overview…": "&Trosolwg o'r achos…",
        "Open the selected case's exhibits and results, persons, documents, timeline and the status summary for the "
        "victim": "Agor arddangosion a chanlyniadau'r achos a ddewiswyd, ei bobl, ei ddogfennau, ei linell amser a'r "
        "crynodeb statws i'r dioddefwr",
        "Re&view Queue…": "Ciw a&dolygu…",
        "Marks at technical review, in conflict or waiting for an exemption: review the full record, resolve, return "
        "for rework and sign off cases": "Olion mewn adolygiad technegol, mewn gwrthdaro neu'n aros am eithriad: "
        "adolygu'r cofnod llawn, datrys, dychwelyd i'w hailweithio a chymeradwyo achosion",
    },
    "ridgeline::MainWindow": {
        # Tools menu: w is free (g, C, a, e, D are taken); View menu: r is free.
        "Mark &Casework…": "G&waith achos yr ôl…",
        "Open the ACE-V casework of the selected mark: its stage, records, history and the next step": "Agor gwaith "
        "achos ACE-V yr ôl a ddewiswyd: ei gam, ei gofnodion, ei hanes a'r cam nesaf",
        "Select a mark in the Marks tab or on your worklist first.": "Dewiswch ôl yn y tab Olion neu ar eich rhestr "
        "waith yn gyntaf.",
        "My &Worklist": "Fy &rhestr waith",
        "Show the marks waiting for you: assigned to you, waiting for your verification or not taken yet": "Dangos "
        "yr olion sy'n aros amdanoch: wedi'u neilltuo i chi, yn aros i chi eu dilysu neu heb eu cymryd eto",
        "Worklist": "Rhestr waith", "Worklist (%1)": "Rhestr waith (%1)",
        "Select a case in the case list first.": "Dewiswch achos yn rhestr yr achosion yn gyntaf.",
    },
}
