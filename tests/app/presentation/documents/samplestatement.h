#pragma once

// A real, text-bearing three-page witness statement for the document viewer tests. The page
// breaks come from renderWitnessStatementPdf's layout; tst_documentpagesource checks the page
// count, and the words below are chosen to occur exactly once in the statement:
//   "Vauxhall" only on page 2 (index 1), "crowbar" only on page 3 (index 2).

#include "app/reports/statementpdf.h"

#include <QByteArray>
#include <QDate>

namespace ridgeline::test {

inline constexpr int kSampleStatementPages = 3;

inline QByteArray sampleStatementPdf()
{
    WitnessStatement s;
    s.caseReference = QStringLiteral("WYP/2026/004117");
    s.witnessName = QStringLiteral("Margaret Ellen HOLROYD");
    s.occupation = QStringLiteral("Retired teacher");
    s.date = QDate(2026, 11, 3);
    s.officerTakingStatement = QStringLiteral("DC 4471 R. OKAFOR");
    s.paragraphs = {
        QStringLiteral(
            "I live at the address overleaf with my husband, and I have done so for twenty-two years. The "
            "house is the end one of a terrace of four on Bramley Lane. My kitchen window looks out over the "
            "shared yard at the back and onto the rear doors of numbers 14 and 16."),
        QStringLiteral("On Sunday the 2nd of November 2026 I went to bed at about half past ten in the evening. "
                       "Before I did, I locked the back door and checked the yard as I always do. The gate to the "
                       "ginnel was shut and bolted from the inside. Nothing looked out of place."),
        QStringLiteral("At about ten past two in the morning I was woken by a loud bang which I thought came from "
                       "the yard. I got up and went to the back bedroom window. The security light above the back "
                       "door of number 16 was on and I could see the yard clearly."),
        QStringLiteral("I saw a man standing by the rear door of number 16. He was white, about five feet ten inches "
                       "tall and of slim build. He was wearing a dark hooded top with the hood up, dark trousers and "
                       "light-coloured trainers with a thick white sole. He had gloves on, which I remember because "
                       "they looked too big for his hands."),
        QStringLiteral("He had his back to me and was bent over the door handle. He seemed to be working at the lock "
                       "with something in his right hand, but I could not see what it was. I watched him for what I "
                       "would say was about a minute. The light stayed on the whole time."),
        QStringLiteral("The man then stood up and put his left hand flat against the glass panel of the door, at "
                       "about shoulder height, as if he was leaning on it. He pushed the door and it opened. He went "
                       "inside and I lost sight of him."),
        QStringLiteral("I woke my husband and told him what I had seen. He said to ring the police, which I did at "
                       "about quarter past two from the landline in the bedroom. While I was on the phone I kept "
                       "watching the yard from the window."),
        QStringLiteral("After a few minutes a second man came to the ginnel gate from the lane side. I know it was a "
                       "different man because he was much bigger and had no hood. He did not come into the yard. He "
                       "stood at the gate looking up and down the lane."),
        QStringLiteral("A car was parked on Bramley Lane facing towards the main road, with its engine running and no "
                       "lights on. It was a dark coloured hatchback, but I could not see the make or the "
                       "registration from where I was. I had not seen it parked there before."),
        QStringLiteral("The first man came back out of number 16 carrying a black holdall which looked heavy. He "
                       "went through the gate, which was now open, and both men walked quickly to the car. They got "
                       "in and the car drove off towards the main road. Its lights came on as it turned the corner."),
        QStringLiteral("Thinking about the car again since that night, I believe it was a Vauxhall Corsa or something "
                       "very like one. My son-in-law drives one and the back of the car had the same shape. I noticed "
                       "that one of its rear lights was not working when it drove away."),
        QStringLiteral("The officer asked me about the lighting. The security light at number 16 is very bright and "
                       "lights the whole yard. There is also a street lamp at the end of the ginnel on Bramley Lane, "
                       "directly outside the gate, which was working that night."),
        QStringLiteral("My eyesight is good. I wear glasses for reading only and I was not wearing them when I was "
                       "at the window, but I do not need them for distance. I had not been drinking and I had not "
                       "taken any medication that evening."),
        QStringLiteral("The distance from my back bedroom window to the door of number 16 is about fifteen metres. "
                       "Nothing was in the way; the yard is open and the washing lines were empty."),
        QStringLiteral("I heard no voices at any time. The only sounds I heard were the first bang, a second quieter "
                       "bang when the door opened, and the car doors closing on the lane."),
        QStringLiteral("I did not see either man carry anything other than the holdall. I did not see anything in the "
                       "first man's hands when he came out apart from the holdall, which he carried in his left hand."),
        QStringLiteral("The police arrived at about half past two. I spoke to an officer at my front door and told "
                       "her what I have written here. I did not go into the yard and I did not touch the door of "
                       "number 16 or the gate."),
        QStringLiteral("Later that morning, when it was light, I saw that the glass panel of the door at number 16 "
                       "had a smear on it where I had seen the man put his hand. I pointed this out to the scene "
                       "examiner when she arrived, and I watched her photograph it and treat it with powder."),
        QStringLiteral("I would not recognise the first man again because I never saw his face. I might recognise "
                       "the second man because I saw him side on under the street lamp. He was about six feet two, "
                       "heavily built, with very short fair hair and a beard."),
        QStringLiteral("My neighbours at number 16 were away for the weekend. I have a key to their house for "
                       "emergencies but I have not used it since they left, and I have not given it to anyone. Nobody "
                       "else had permission to be in their house."),
        QStringLiteral("On the Tuesday I was visited by the scene examiner again, who asked whether anyone had been "
                       "in the yard since the Sunday night. The only people I have seen there are the police officers "
                       "and the scene examiner herself."),
        QStringLiteral("I have been shown no photographs of anyone in connection with this matter and I have not "
                       "discussed what I saw with anyone other than my husband and the police."),
        QStringLiteral("My husband did not see either man. By the time he got to the window the yard was empty and "
                       "the car had gone."),
        QStringLiteral("Our own house was not entered and nothing of ours was taken or damaged. Our back gate was "
                       "still bolted on the Monday morning."),
        QStringLiteral("I have lived on Bramley Lane long enough to know most of the cars that are usually parked "
                       "there. The hatchback was not one of them, and I have not seen it since."),
        QStringLiteral("On the Monday evening an officer came to my house and asked me to describe the two men again. "
                       "I told her the same as I have said here. She wrote it down in her notebook and I signed it."),
        QStringLiteral("I was asked whether the first man could have been someone who lives nearby. I cannot say. "
                       "His build and the way he moved did not remind me of anyone I know."),
        QStringLiteral("The bang that woke me was loud enough that I thought something had been thrown against the "
                       "door. Afterwards I saw that the frame by the lock at number 16 was splintered."),
        QStringLiteral("I did not see the man take the gloves off at any time. When he pressed his hand on the glass "
                       "I could see that he still had the glove on that hand, although it may have been loose."),
        QStringLiteral(
            "I have made a sketch of the yard for the officer showing where I was standing and where the men "
            "were. I understand that this will be produced as an exhibit, reference MEH/1."),
        QStringLiteral("I have read this statement through. It is in my own words as far as possible, and the officer "
                       "has explained to me that I can add to it if I remember anything else."),
        QStringLiteral("When I went out to the bins on the Monday afternoon I noticed a short metal bar, like a "
                       "crowbar, lying in the long grass at the side of the ginnel. I did not touch it. I told the "
                       "officer on the phone about it and she said someone would come and collect it."),
        QStringLiteral("I am willing to attend court if required. I am not available during the last two weeks of "
                       "January 2027, when I will be abroad visiting my daughter."),
    };
    return renderWitnessStatementPdf(s);
}

} // namespace ridgeline::test
