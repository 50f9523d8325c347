"""Welsh for case oversight (issue 7): the case overview, its timeline and exhibits, the victim's status
summary, the review queue, the mark record, conflict resolution and case sign-off.

Merged into the tables of welsh.py. Terms: sign off = cymeradwyo (a sign-off = cymeradwyaeth), void = dirymu,
verifier = dilysydd, exempt = eithrio, rework = ailweithio, snapshot = ciplun, the conclusion that stands = y
casgliad sy'n sefyll. The victim summary (ridgeline::VictimSummary) goes to members of the public: plain words.
"""

CY = {
    "ridgeline::AuditSentence": {
        'mark %1':
            'ôl %1',
        'document %1':
            'dogfen %1',
        'case %1':
            'achos %1',
        'Case %1 opened from a transmission':
            'Agorwyd achos %1 o drosglwyddiad',
        'Case %1 opened':
            'Agorwyd achos %1',
        'Case details edited':
            'Golygwyd manylion yr achos',
        'Case status changed from %1 to %2':
            'Newidiwyd statws yr achos o “%1” i “%2”',
        'Case status changed':
            'Newidiwyd statws yr achos',
        'Person linked to the case (%1)':
            "Cysylltwyd person â'r achos (%1)",
        'Person linked to the case':
            "Cysylltwyd person â'r achos",
        'Case note added':
            'Ychwanegwyd nodyn achos',
        'Case signed off by a supervisor':
            'Cymeradwywyd yr achos gan oruchwylydd',
        'Sign-off of the case voided by a later change':
            'Dirymwyd cymeradwyaeth yr achos gan newid diweddarach',
        'Document "%1" filed':
            'Ffeiliwyd y ddogfen "%1"',
        'Document "%1" attached':
            'Atodwyd y ddogfen "%1"',
        'Document "%1" opened':
            'Agorwyd y ddogfen "%1"',
        'Document "%1" stored':
            'Storiwyd y ddogfen "%1"',
        'Markup of %1 started':
            'Dechreuwyd marcio %1',
        'Markup draft of %1 discarded':
            'Gwaredwyd drafft marcio %1',
        'Markup of %1 committed':
            'Cadarnhawyd marcio %1',
        'Markup of %1 read':
            'Darllenwyd marcio %1',
        'Comparison of %1 started':
            'Dechreuwyd cymhariaeth %1',
        'Comparison draft of %1 discarded':
            'Gwaredwyd drafft cymhariaeth %1',
        'Comparison of %1 committed':
            'Cadarnhawyd cymhariaeth %1',
        'Comparison of %1 read':
            'Darllenwyd cymhariaeth %1',
        'Mark %1 received':
            'Derbyniwyd ôl %1',
        'Mark %1 filed':
            'Ffeiliwyd ôl %1',
        'Image of mark %1 stored':
            'Storiwyd delwedd ôl %1',
        'Image of mark %1 opened':
            'Agorwyd delwedd ôl %1',
        'Enhancement, calibration and measurements of %1 saved':
            "Cadwyd y gwella, y graddnodi a'r mesuriadau ar %1",
        'Enhancement of %1 replayed and checked':
            'Ailchwaraewyd a gwiriwyd y gwella ar %1',
        'Mark %1 assigned to an examiner':
            'Neilltuwyd ôl %1 i archwiliwr',
        'Analysis of %1 started':
            'Dechreuwyd dadansoddi %1',
        'Analysis of %1 committed':
            'Cadarnhawyd dadansoddiad %1',
        'Comparison of %1 with exemplars begun':
            'Dechreuwyd cymharu %1 ag enghreifftiau',
        'Conclusion on %1 recorded':
            'Cofnodwyd casgliad ar %1',
        '%1 submitted for verification':
            "Cyflwynwyd %1 i'w ddilysu",
        '%1 exempted from verification by a supervisor':
            'Eithriwyd %1 rhag dilysu gan oruchwylydd',
        'Conflict on %1 resolved':
            'Datryswyd y gwrthdaro ar %1',
        '%1 returned to the examiner for rework':
            "Dychwelwyd %1 i'r archwiliwr i'w ailweithio",
        'Verification of %1 recorded: the conclusions differ (conflict)':
            "Cofnodwyd dilysiad %1: mae'r casgliadau'n wahanol (gwrthdaro)",
        'Verification of %1 recorded: the conclusions agree':
            "Cofnodwyd dilysiad %1: mae'r casgliadau'n cytuno",
        '%1 signed off by a supervisor':
            'Cymeradwywyd %1 gan oruchwylydd',
        'Exemplar material withheld from the examiner while their analysis was open (ACE-V sequestration)':
            'Ataliwyd deunydd enghreifftiol rhag yr archwiliwr tra oedd ei ddadansoddiad ar agor (ynysu dan ACE-V)',
        'Refused: %1 on %2':
            'Gwrthodwyd: %1 ar %2',
        'Failed: %1 on %2':
            'Methodd: %1 ar %2',
        '%1: %2':
            '%1: %2',
    },
    "ridgeline::MarkRecord": {
        'By':
            'Gan',
        'When':
            'Pryd',
        'Exemplar':
            'Enghraifft',
        'Basis':
            'Sail',
        '%1 %2 added':
            '%1 %2: ychwanegwyd',
        '%1 %2 moved %3 px':
            '%1 %2: symudwyd %3 px',
        '%1 %2 retyped from %3':
            '%1 %2: newidiwyd y math o %3',
        '%1 %2 deleted':
            '%1 %2: dilëwyd',
        '%1 %2 edited':
            '%1 %2: golygwyd',
        '%1, after exemplar exposure':
            '%1, ar ôl gweld enghraifft',
        'No value (analysis)':
            'Dim gwerth (dadansoddiad)',
        'Awaiting examination':
            'Yn aros am archwiliad',
        'Not recorded':
            'Heb ei gofnodi',
        'In examination':
            'Dan archwiliad',
        'Examiner':
            'Archwiliwr',
        'Committed':
            'Cadarnhawyd',
        'Value':
            'Gwerth',
        'Substrate':
            'Arwyneb',
        'Development method':
            'Dull datblygu',
        'Distortion':
            'Ystumiad',
        'Notes':
            'Nodiadau',
        'Markup revision':
            'Fersiwn y marcio',
        'Snapshot SHA-256':
            'SHA-256 y ciplun',
        'Exemplar seen before':
            "Enghraifft wedi'i gweld ymlaen llaw",
        'Features in the snapshot: %1':
            'Nodweddion yn y ciplun: %1',
        'Changes since the snapshot':
            'Newidiadau ers y ciplun',
        'None: the markup is as analysed.':
            "Dim: mae'r marcio fel y'i dadansoddwyd.",
        "Examiner's analysis":
            'Dadansoddiad yr archwiliwr',
        'No analysis committed.':
            "Dim dadansoddiad wedi'i gadarnhau.",
        'Withheld: %1':
            'Ataliwyd: %1',
        "Examiner's conclusion":
            'Casgliad yr archwiliwr',
        "Verifier's conclusion (blind)":
            'Casgliad y dilysydd (dall)',
        "Verifier's conclusion (not blind)":
            'Casgliad y dilysydd (nid dall)',
        'Conclusion after resolution':
            'Casgliad ar ôl datrys',
        'No conclusion recorded.':
            "Dim casgliad wedi'i gofnodi.",
        'Exempted from verification by %1':
            "Wedi'i eithrio rhag dilysu gan %1",
        'Conflict history':
            'Hanes gwrthdaro',
        '%1: %2 (%3) against %4 (%5)':
            '%1: %2 (%3) yn erbyn %4 (%5)',
        'No conflict recorded.':
            "Dim gwrthdaro wedi'i gofnodi.",
        'Resolution':
            'Datrysiad',
        'Re-examined':
            'Ailarchwiliwyd',
        'Outcome':
            'Canlyniad',
        'Conclusion that stands':
            "Y casgliad sy'n sefyll",
        'SHA-256':
            'SHA-256',
        'Not resolved yet: no sign-off until a resolution is recorded.':
            "Heb ei ddatrys eto: dim cymeradwyo nes bod datrysiad wedi'i gofnodi.",
        'Stage history':
            'Hanes y camau',
        '%1 → %2 by %3':
            '%1 → %2 gan %3',
    },
    "ridgeline::CaseOverviewWindow": {
        'Case Overview — Ridgeline':
            "Trosolwg o'r achos — Ridgeline",
        'Name':
            'Enw',
        'Role':
            'Rôl',
        'Date of birth':
            'Dyddiad geni',
        'Identifiers':
            'Dynodwyr',
        'Title':
            'Teitl',
        'Pages':
            'Tudalennau',
        'Added':
            'Ychwanegwyd',
        'When':
            'Pryd',
        'Who':
            'Pwy',
        'Note':
            'Nodyn',
        '&Timeline':
            '&Llinell amser',
        '&Persons':
            '&Pobl',
        '&Documents':
            '&Dogfennau',
        '&Notes':
            '&Nodiadau',
        '&Sign-offs':
            '&Cymeradwyaethau',
        'E&xhibits and current results':
            "A&rddangosion a'u canlyniadau presennol",
        'Reading the case…':
            "Wrthi'n darllen yr achos…",
        'The case could not be read':
            'Nid oedd modd darllen yr achos',
        '&Refresh':
            '&Adnewyddu',
        'Read the case from the workspace again':
            "Darllen yr achos o'r gweithle eto",
        'Add Case &Note…':
            '&Ychwanegu nodyn achos…',
        'Add a note to the case record, with your name and the time':
            "Ychwanegu nodyn at gofnod yr achos, gyda'ch enw a'r amser",
        '&Attach Document…':
            'A&todi dogfen…',
        'Attach a PDF (a statement, a form, a report) to the case':
            "Atodi PDF (datganiad, ffurflen, adroddiad) i'r achos",
        'Status Summary for &Victim…':
            "Crynodeb &statws i'r dioddefwr…",
        'A summary of how far the examination has gone, with no names, results or exhibit details, to pass to the victim':
            "Crynodeb o ba mor bell y mae'r archwiliad wedi mynd, heb enwau, canlyniadau na manylion arddangosion, i'w roi i'r dioddefwr",
        'Case Overview':
            "Trosolwg o'r achos",
        'Show &reads of evidence and records':
            'Dan&gos pryd y darllenwyd tystiolaeth a chofnodion',
        'Each time someone opened an image, a document or a markup is on the record; hide those to see the steps of the case':
            "Mae pob tro yr agorodd rhywun ddelwedd, dogfen neu farcio ar gofnod; cuddiwch y rheini i weld camau'r achos",
        'Case Overview: %1 — Ridgeline':
            "Trosolwg o'r achos: %1 — Ridgeline",
        '%1 — %2':
            '%1 — %2',
        '%1 · Officer in case: %2 · Status: %3 · %n mark(s)':
            ['%1 · Swyddog yr achos: %2 · Statws: %3 · %n ôl'],
        'not recorded':
            'heb ei gofnodi',
        '%1 events, %2 reads hidden':
            "%1 digwyddiad, %2 darlleniad wedi'u cuddio",
        '%1 events':
            '%1 digwyddiad',
        'Double-click or press Enter to read it':
            "Cliciwch ddwywaith neu bwyso Enter i'w darllen",
        'Opening %1…':
            "Wrthi'n agor %1…",
        'Add Case Note':
            'Ychwanegu nodyn achos',
        'The note is added to the case record with your name and the time. It cannot be changed afterwards; add another note to correct it.':
            "Caiff y nodyn ei ychwanegu at gofnod yr achos gyda'ch enw a'r amser. Nid oes modd ei newid wedyn; ychwanegwch nodyn arall i'w gywiro.",
        'Add Note':
            'Ychwanegu nodyn',
        'The note':
            'Y nodyn',
        'Attach Document':
            'Atodi dogfen',
        'PDF documents (*.pdf)':
            'Dogfennau PDF (*.pdf)',
        'Attaching %1…':
            "Wrthi'n atodi %1…",
    },
    "ridgeline::ReviewQueueWindow": {
        'Review Queue — Ridgeline':
            'Ciw adolygu — Ridgeline',
        'Marks waiting for a supervisor':
            'Olion yn aros am oruchwylydd',
        'Sign-offs of the case':
            "Cymeradwyaethau'r achos",
        '%n mark(s)':
            ['%n ôl'],
        'Reading the record…':
            "Wrthi'n darllen y cofnod…",
        'Select a mark in the queue to see its full record.':
            'Dewiswch ôl yn y ciw i weld ei gofnod llawn.',
        '&Refresh':
            '&Adnewyddu',
        'Read the review queue and the selected record again':
            "Darllen y ciw adolygu a'r cofnod a ddewiswyd eto",
        'Return for Re&work…':
            "&Dychwelyd i'w ailweithio…",
        "Send the selected mark back to its examiner's comparison, with the reason":
            "Anfon yr ôl a ddewiswyd yn ôl at ei archwiliwr i'w gymharu eto, gyda'r rheswm",
        '&Exempt from Verification…':
            '&Eithrio rhag dilysu…',
        'Move the selected concluded mark to technical review without a verification, under a recorded policy exemption':
            "Symud yr ôl a ddewiswyd, sydd â chasgliad wedi'i gofnodi, i adolygiad technegol heb ddilysiad, dan eithriad polisi a gofnodwyd",
        'Resolve &Conflict…':
            'Datrys y &gwrthdaro…',
        'Record what was re-examined, the outcome and the conclusion that stands':
            "Cofnodi beth a ailarchwiliwyd, y canlyniad a'r casgliad sy'n sefyll",
        '&Sign Off Case…':
            "&Cymeradwyo'r achos…",
        "Sign the marks of the selected mark's case at technical review with your own key":
            "Llofnodi â'ch allwedd eich hun yr olion sy'n aros am adolygiad technegol yn achos yr ôl a ddewiswyd",
        'Review':
            'Adolygu',
        'Analysis and changes since':
            'Dadansoddiad a newidiadau ers hynny',
        'Conclusions':
            'Casgliadau',
        'Conflicts and history':
            'Gwrthdaro a hanes',
        '%1 (%2) of case %3: %4, version %5':
            '%1 (%2) o achos %3: %4, fersiwn %5',
        'Sign-offs of case %1':
            'Cymeradwyaethau achos %1',
        'Return %1 for Rework':
            "Dychwelyd %1 i'w ailweithio",
        "%1 goes back to its examiner's comparison. Say what needs another look.":
            "Mae %1 yn mynd yn ôl at ei archwiliwr i'w gymharu eto. Dywedwch beth sydd angen edrych arno eto.",
        'Return for Rework':
            "Dychwelyd i'w ailweithio",
        'Exempt %1 from Verification':
            'Eithrio %1 rhag dilysu',
        "%1 moves to technical review without a second examiner's verification. Name the policy that allows it.":
            "Mae %1 yn symud i adolygiad technegol heb ddilysiad gan ail archwiliwr. Enwch y polisi sy'n caniatáu hynny.",
        'Exempt from Verification':
            'Eithrio rhag dilysu',
        'No mark of this case is at technical review; there is nothing to sign off.':
            "Nid oes ôl o'r achos hwn yn aros am adolygiad technegol; nid oes dim i'w gymeradwyo.",
        'Case %1 signed off as revision %2 with key %3.':
            'Cymeradwywyd achos %1 fel fersiwn %2 gydag allwedd %3.',
        'The case changed while the dialog was open: what was signed is not the revision shown. Check revision %1 before relying on it.':
            "Newidiodd yr achos tra oedd y ddeialog ar agor: nid y fersiwn a ddangoswyd yw'r hyn a lofnodwyd. Gwiriwch fersiwn %1 cyn dibynnu arni.",
    },
    "ridgeline::VictimSummary": {
        'No marks have been received for examination yet.':
            "Nid oes unrhyw olion wedi'u derbyn i'w harchwilio eto.",
        'The examination is complete. Its results were checked and signed off by a supervisor on %1.':
            "Mae'r archwiliad wedi'i gwblhau. Cafodd y canlyniadau eu gwirio a'u cymeradwyo gan oruchwylydd ar %1.",
        'The examination is complete. Its results were checked and signed off by a supervisor.':
            "Mae'r archwiliad wedi'i gwblhau. Cafodd y canlyniadau eu gwirio a'u cymeradwyo gan oruchwylydd.",
        'Every mark has been examined. The results are waiting to be checked and signed off by a supervisor.':
            "Mae pob ôl wedi'i archwilio. Mae'r canlyniadau'n aros i oruchwylydd eu gwirio a'u cymeradwyo.",
        'The examination is still in progress.':
            "Mae'r archwiliad yn dal i fynd rhagddo.",
        'Fingerprint examination: status summary':
            "Archwilio olion bysedd: crynodeb o'r sefyllfa",
        'Case reference: %1':
            'Cyfeirnod yr achos: %1',
        'Offence: %1':
            'Trosedd: %1',
        'Date of this summary: %1':
            'Dyddiad y crynodeb hwn: %1',
        'Marks received for examination: %1':
            "Nifer yr olion a dderbyniwyd i'w harchwilio: %1",
        'Marks examined so far: %1':
            'Nifer yr olion a archwiliwyd hyd yma: %1',
        'Marks with results checked and signed off: %1':
            "Nifer yr olion y mae eu canlyniadau wedi'u gwirio a'u cymeradwyo: %1",
        'For more information, please contact the officer in the case.':
            'Os hoffech ragor o wybodaeth, cysylltwch â swyddog yr achos.',
        '%1 could not be written: %2. Choose another folder.':
            'Nid oedd modd ysgrifennu %1: %2. Dewiswch ffolder arall.',
    },
    "ridgeline::VictimSummaryDialog": {
        '&Copy':
            '&Copïo',
        'Save &As…':
            'Cadw &fel…',
        'Status Summary for Victim: %1':
            "Crynodeb statws i'r dioddefwr: %1",
        'This summary names no one and gives no results or exhibit details, only how far the examination has gone. Read it before you pass it on.':
            "Nid yw'r crynodeb hwn yn enwi neb nac yn rhoi unrhyw ganlyniadau na manylion arddangosion, dim ond pa mor bell y mae'r archwiliad wedi mynd. Darllenwch ef cyn ei anfon ymlaen.",
        'Copy the summary to the clipboard':
            "Copïo'r crynodeb i'r clipfwrdd",
        'Save the summary as a text file':
            "Cadw'r crynodeb fel ffeil testun",
        'Copied to the clipboard.':
            "Copïwyd i'r clipfwrdd.",
        'Save Status Summary':
            "Cadw'r crynodeb statws",
        '%1 status summary.txt':
            '%1 crynodeb statws.txt',
        'Text files (*.txt);;All files (*)':
            'Ffeiliau testun (*.txt);;Pob ffeil (*)',
        'Saved as %1.':
            'Cadwyd fel %1.',
    },
    "ridgeline::SignOffDialog": {
        'Sign Off Case %1':
            'Cymeradwyo achos %1',
        'The marks checked below are signed off together as one revision of case %1, with your own key. The revision is then frozen: a later change to any of them voids this sign-off.':
            "Caiff yr olion a diciwyd isod eu cymeradwyo gyda'i gilydd fel un fersiwn o achos %1, â'ch allwedd eich hun. Yna caiff y fersiwn ei rhewi: bydd newid diweddarach i unrhyw un ohonynt yn dirymu'r gymeradwyaeth hon.",
        '%1 (%2): examined by %3, verified by %4':
            '%1 (%2): archwiliwyd gan %3, dilyswyd gan %4',
        'nobody (exempted)':
            "neb (wedi'i eithrio)",
        'SHA-256 of the canonical revision document of the checked marks: their originals, analysis snapshots, markup and comparison revisions and conclusions. The signature covers it with your name, your key and the time added.':
            "SHA-256 dogfen fersiwn ganonaidd yr olion a diciwyd: eu ffeiliau gwreiddiol, cipluniau'r dadansoddiadau, fersiynau'r marcio a'r cymariaethau, a'r casgliadau. Mae'r llofnod yn ei chwmpasu, ynghyd â'ch enw, eich allwedd a'r amser.",
        'Your passphrase, as when you sign in':
            'Eich cyfrinymadrodd, fel wrth fewngofnodi',
        '&Marks at technical review:':
            '&Olion yn aros am adolygiad technegol:',
        'Revision to be signed (SHA-256):':
            "Fersiwn i'w llofnodi (SHA-256):",
        '&Passphrase:':
            '&Cyfrinymadrodd:',
        '&Sign Off':
            'Cy&meradwyo',
        'not available':
            'dim ar gael',
        'check at least one mark':
            'ticiwch o leiaf un ôl',
        'computing…':
            "wrthi'n cyfrifo…",
        '%1\n(revision document of %2 bytes)':
            '%1\n(dogfen fersiwn o %2 beit)',
    },
    "ridgeline::CaseOverviewController": {
        'The ACE-V records of %1 could not be read: %2':
            'Nid oedd modd darllen cofnodion ACE-V %1: %2',
        'The case notes could not be read: %1':
            "Nid oedd modd darllen nodiadau'r achos: %1",
        'The timeline could not be read: %1':
            'Nid oedd modd darllen y llinell amser: %1',
        'The sign-offs could not be read: %1':
            'Nid oedd modd darllen y cymeradwyaethau: %1',
        'The note is empty; nothing was added.':
            "Mae'r nodyn yn wag; ni ychwanegwyd dim.",
        'This session keeps no case notes.':
            "Nid yw'r sesiwn hon yn cadw nodiadau achos.",
        'The note was not added: %1':
            'Ni ychwanegwyd y nodyn: %1',
        'Case note added.':
            'Ychwanegwyd nodyn achos.',
        'The case is still loading; attach the document once it is shown.':
            "Mae'r achos yn dal i lwytho; atodwch y ddogfen pan fydd yr achos i'w weld.",
        '%1 was not attached: %2':
            'Ni atodwyd %1: %2',
        '%1 is already attached to this case; nothing was duplicated.':
            "Mae %1 eisoes wedi'i atodi i'r achos hwn; ni ddyblygwyd dim.",
        '%1 attached to the case.':
            "Atodwyd %1 i'r achos.",
        'The document "%1" could not be read: %2':
            'Nid oedd modd darllen y ddogfen "%1": %2',
    },
    "ridgeline::ReviewQueueController": {
        '%1: %2 (%3)':
            '%1: %2 (%3)',
        'rolled':
            "wedi'i rholio",
        'plain':
            'gwastad',
        'The exemplars of the case could not be listed: %1':
            "Nid oedd modd rhestru enghreifftiau'r achos: %1",
        'The sign-offs of the case could not be read: %1':
            "Nid oedd modd darllen cymeradwyaethau'r achos: %1",
        'The review queue could not be read: %1':
            'Nid oedd modd darllen y ciw adolygu: %1',
        'The record of the mark could not be read: %1':
            'Nid oedd modd darllen cofnod yr ôl: %1',
        'select a mark in the queue first, and wait for the step under way':
            "dewiswch ôl yn y ciw yn gyntaf, ac arhoswch i'r cam sydd ar waith orffen",
        '%1 returned to the examiner for rework.':
            "Dychwelwyd %1 i'r archwiliwr i'w ailweithio.",
        '%1 was not returned for rework: %2':
            "Ni ddychwelwyd %1 i'w ailweithio: %2",
        '%1 exempted from verification; it is now at technical review.':
            'Eithriwyd %1 rhag dilysu; mae bellach yn aros am adolygiad technegol.',
        '%1 was not exempted from verification: %2':
            'Ni eithriwyd %1 rhag dilysu: %2',
        'The conflict on %1 is resolved; the mark is at technical review.':
            "Mae'r gwrthdaro ar %1 wedi'i ddatrys; mae'r ôl yn aros am adolygiad technegol.",
        'The conflict on %1 was not resolved: %2':
            'Ni ddatryswyd y gwrthdaro ar %1: %2',
    },
    "ridgeline::ResolveConflictDialog": {
        'e.g. the mark and both impressions, at 1:1 and enhanced':
            "e.e. yr ôl a'r ddwy argraff, ar 1:1 ac wedi'u gwella",
        'What the re-examination found, and why':
            "Beth a ganfu'r ailarchwiliad, a pham",
        'The basis of the conclusion that stands, in words':
            "Sail y casgliad sy'n sefyll, mewn geiriau",
        'Resolve Conflict on %1':
            'Datrys y gwrthdaro ar %1',
        '(none)':
            '(dim)',
        "The examiner and the verifier of %1 reached different conclusions. Record what was re-examined, the outcome, and the conclusion that stands. The resolution is kept with the mark's record and in the audit trail.":
            "Daeth archwiliwr a dilysydd %1 i gasgliadau gwahanol. Cofnodwch beth a ailarchwiliwyd, y canlyniad, a'r casgliad sy'n sefyll. Caiff y datrysiad ei gadw gyda chofnod yr ôl ac yn y llwybr archwilio.",
        '&Re-examined:':
            'Beth a &ailarchwiliwyd:',
        '&Outcome:':
            'Ca&nlyniad:',
        '&Conclusion that stands:':
            "Y &casgliad sy'n sefyll:",
        '&Exemplar:':
            '&Enghraifft:',
        '&Basis:':
            '&Sail:',
        'Resolve Conflict':
            'Datrys y gwrthdaro',
    },
    "ridgeline::SignOffModel": {
        'In force':
            'Mewn grym',
        'Voided %1: %2':
            'Dirymwyd %1: %2',
        'Voided %1 by %2: %3':
            'Dirymwyd %1 gan %2: %3',
        'SHA-256 of the signed revision document:\n%1':
            'SHA-256 y ddogfen fersiwn a lofnodwyd:\n%1',
        'Ed25519 public key of %1:\n%2':
            'Allwedd gyhoeddus Ed25519 %1:\n%2',
        'Revision':
            'Fersiwn',
        'Supervisor':
            'Goruchwylydd',
        'Signed':
            'Llofnodwyd',
        'Marks':
            'Olion',
        'SHA-256':
            'SHA-256',
        'Key fingerprint':
            'Bysbrint yr allwedd',
        'Status':
            'Statws',
    },
    "ridgeline::ReviewQueueModel": {
        'In this stage since %1':
            'Yn y cam hwn ers %1',
        'How long the mark has been waiting in its current ACE-V stage':
            "Am ba hyd y mae'r ôl wedi bod yn aros yn ei gam ACE-V presennol",
        'Case':
            'Achos',
        'Exhibit':
            'Arddangosyn',
        'Kind':
            'Math',
        'ACE-V stage':
            'Cam ACE-V',
        'Examiner':
            'Archwiliwr',
        'Verifier':
            'Dilysydd',
        'Waiting':
            'Amser aros',
        'Why listed':
            'Pam ar y rhestr',
    },
    "ridgeline::CaseTimelineModel": {
        'Audit event %1: %2 on %3 %4':
            'Digwyddiad archwilio %1: %2 ar %3 %4',
        'Workstation: %1':
            'Gweithfan: %1',
        '(system)':
            '(system)',
        'When':
            'Pryd',
        'Who':
            'Pwy',
        'What happened':
            'Beth ddigwyddodd',
    },
    "ridgeline::CaseExhibitsModel": {
        'The conclusion that stands once a verifier agreed, a supervisor exempted it from verification, or a conflict was resolved':
            "Y casgliad sy'n sefyll ar ôl i ddilysydd gytuno, i oruchwylydd ei eithrio rhag dilysu, neu i wrthdaro gael ei ddatrys",
        'Exhibit':
            'Arddangosyn',
        'Kind':
            'Math',
        'ACE-V stage':
            'Cam ACE-V',
        'Current result':
            'Canlyniad presennol',
        'Examiner':
            'Archwiliwr',
        'Verifier':
            'Dilysydd',
        'Received':
            'Derbyniwyd',
    },
    "ridgeline::SignOffController": {
        'The revision to sign could not be built: %1':
            "Nid oedd modd llunio'r fersiwn i'w llofnodi: %1",
        "Choose at least one mark and wait for the revision's SHA-256 before signing.":
            'Dewiswch o leiaf un ôl ac arhoswch am SHA-256 y fersiwn cyn llofnodi.',
        'Case %1 was not signed off: %2':
            'Ni chymeradwywyd achos %1: %2',
    },
}

# English plural forms (singular, plural).
EN = {
    '%1 · Officer in case: %2 · Status: %3 · %n mark(s)': [
        '%1 · Officer in case: %2 · Status: %3 · %n mark', '%1 · Officer in case: %2 · Status: %3 · %n marks'],
}
