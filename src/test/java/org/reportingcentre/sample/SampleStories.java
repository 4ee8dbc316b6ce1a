package org.reportingcentre.sample;

import static org.reportingcentre.report.Answer.NO;
import static org.reportingcentre.report.Answer.NOT_SURE;
import static org.reportingcentre.report.Answer.YES;
import static org.reportingcentre.report.EvidenceKind.CCTV;
import static org.reportingcentre.report.EvidenceKind.MESSAGES;
import static org.reportingcentre.report.EvidenceKind.PHOTOS;
import static org.reportingcentre.report.IncidentType.ABUSIVE_CALLS_TEXTS_EMAILS;
import static org.reportingcentre.report.IncidentType.ABUSIVE_GESTURES;
import static org.reportingcentre.report.IncidentType.ARSON;
import static org.reportingcentre.report.IncidentType.BULLYING;
import static org.reportingcentre.report.IncidentType.EMOTIONAL_ABUSE;
import static org.reportingcentre.report.IncidentType.FINANCIAL_ABUSE;
import static org.reportingcentre.report.IncidentType.GRAFFITI;
import static org.reportingcentre.report.IncidentType.MALICIOUS_COMPLAINTS;
import static org.reportingcentre.report.IncidentType.NEIGHBOUR_DISPUTE;
import static org.reportingcentre.report.IncidentType.OFFENSIVE_LETTERS;
import static org.reportingcentre.report.IncidentType.ONLINE_ABUSE;
import static org.reportingcentre.report.IncidentType.PHYSICAL_ATTACK;
import static org.reportingcentre.report.IncidentType.PROPERTY_DAMAGE;
import static org.reportingcentre.report.IncidentType.RUBBISH_DUMPED;
import static org.reportingcentre.report.IncidentType.SEXUAL_HARASSMENT;
import static org.reportingcentre.report.IncidentType.THREATS_INTIMIDATION;
import static org.reportingcentre.report.IncidentType.VERBAL_ABUSE;
import static org.reportingcentre.report.LocationType.HOME;
import static org.reportingcentre.report.LocationType.PARK;
import static org.reportingcentre.report.LocationType.PLACE_OF_WORSHIP;
import static org.reportingcentre.report.LocationType.PUBLIC_TRANSPORT;
import static org.reportingcentre.report.LocationType.PUB_RESTAURANT;
import static org.reportingcentre.report.LocationType.SCHOOL_COLLEGE;
import static org.reportingcentre.report.LocationType.SHOP;
import static org.reportingcentre.report.LocationType.STREET;
import static org.reportingcentre.report.LocationType.WORK;
import static org.reportingcentre.report.MotivationStrand.AGE;
import static org.reportingcentre.report.MotivationStrand.DISABILITY;
import static org.reportingcentre.report.MotivationStrand.GYPSY_ROMA_TRAVELLER;
import static org.reportingcentre.report.MotivationStrand.RACE;
import static org.reportingcentre.report.MotivationStrand.RELIGION;
import static org.reportingcentre.report.MotivationStrand.SEXUAL_ORIENTATION;
import static org.reportingcentre.report.MotivationStrand.SEX_GENDER;
import static org.reportingcentre.report.MotivationStrand.TRANSGENDER;
import static org.reportingcentre.sample.Story.forSomeone;
import static org.reportingcentre.sample.Story.victim;
import static org.reportingcentre.sample.Story.witness;

import java.util.List;
import org.reportingcentre.report.AgeBand;
import org.reportingcentre.report.Ethnicity;
import org.reportingcentre.report.Gender;
import org.reportingcentre.report.Religion;
import org.reportingcentre.report.SexualOrientation;
import org.reportingcentre.report.WhenApproximately;

/**
 * Incidents as people tell them, entirely made up. Each is the kind of thing a reporting centre
 * hears; none is about a real person or place. Slurs are described, never written out.
 */
final class SampleStories {
  private SampleStories() {}

  static List<Story> all() {
    return List.of(
        victim(
                "I was on the number 7 bus coming back from work. A man sat behind me and started"
                    + " saying loudly that people like me were taking over and I should go back"
                    + " to my own country. He kept going for about four stops. Nobody said"
                    + " anything. I got off early and walked the rest of the way because I didn't"
                    + " want him to see where I live.")
            .why("He said go back to your own country and called me a racist name.")
            .strands(RACE)
            .types(VERBAL_ABUSE)
            .at(PUBLIC_TRANSPORT, "Number 7 bus, between Market Square and Brookside")
            .evidence("The bus has cameras inside.", CCTV)
            .offenders(1, NO, "White man, about 50, grey coat, smelt of drink")
            .names("Grace Okafor", "Blessing Adeyemi", "Abena Mensah")
            .profile(Gender.WOMAN, Ethnicity.BLACK, Religion.CHRISTIAN, AgeBand.AGE_35_44),
        victim(
                "Walking home from the mosque with my sister. Two young men came up behind us and"
                    + " one pulled my scarf off my head. It scratched my neck. They laughed and"
                    + " shouted things about Muslims and ran towards the park. My sister was very"
                    + " frightened, she is only 14.")
            .why("They pulled off my hijab and shouted about Muslims.")
            .strands(RELIGION)
            .types(PHYSICAL_ATTACK, VERBAL_ABUSE)
            .at(STREET, "Chapel Street, near the corner shop")
            .injured()
            .offenders(2, NO, "Two young men, about 18, dark tracksuits, one had a bike")
            .names("Ayesha Rahman", "Fatima Hussain", "Mariam Iqbal")
            .profile(Gender.WOMAN, Ethnicity.ASIAN, Religion.MUSLIM, AgeBand.AGE_18_24),
        victim(
                "Me and my partner were in the Red Lion on Friday night. We were holding hands at"
                    + " our table. A group at the bar started making comments, then one of them"
                    + " came over and said if we didn't leave they'd 'sort us out outside'. The"
                    + " bar staff asked THEM to leave in the end but we were shaking. We've been"
                    + " going there for years.")
            .why("They shouted a homophobic slur and said they would sort us out outside.")
            .strands(SEXUAL_ORIENTATION)
            .types(THREATS_INTIMIDATION, VERBAL_ABUSE)
            .at(PUB_RESTAURANT, "The Red Lion, Victoria Parade")
            .offenders(4, NO, "Group of four men in their 20s, football shirts")
            .witnessed("Jo (bar manager)", null, "Asked the men to leave")
            .names("Daniel Price", "Liam O'Connor", "Marcus Webb")
            .profile(Gender.MAN, Ethnicity.WHITE, Religion.NONE, AgeBand.AGE_25_34)
            .orientation(SexualOrientation.GAY_LESBIAN),
        forSomeone(
                "Sister",
                "My sister Lucy has a learning disability and lives on her own with some"
                    + " support. A man she calls her friend has been coming round on the day she"
                    + " gets her money. He gets her to go to the cash machine and then he keeps"
                    + " most of it. She says he is her boyfriend. Last week she had no money for"
                    + " food by Wednesday. When I asked him about it he told me she's 'too thick"
                    + " to know the difference'.")
            .why("He targets her because she has a learning disability and said she is too thick.")
            .strands(DISABILITY)
            .types(FINANCIAL_ABUSE, EMOTIONAL_ABUSE)
            .at(HOME)
            .ongoing()
            .damage()
            .offenders(1, YES, "Man called Kyle, about 30, lives in the next block")
            .before(YES, YES, "Her support worker at the housing association")
            .needs(null, false, true, true)
            .names("Lucy Barnes", "Kelly Dawson")
            .profile(Gender.WOMAN, Ethnicity.WHITE, null, AgeBand.AGE_25_34)
            .disabled()
            .inPerson(),
        victim(
                "Someone shared a photo of me from the Pride picnic on a local community page and"
                    + " the comments are awful. People saying I'm a man in a dress, that I should"
                    + " be kept away from children, and one saying he knows what street I live on."
                    + " I reported it to the page admins but it's still up.")
            .why("Comments calling me a man in a dress and saying trans people are a danger.")
            .strands(TRANSGENDER)
            .types(ONLINE_ABUSE, THREATS_INTIMIDATION)
            .online("Facebook (a local community group)")
            .ongoing()
            .evidence("I have screenshots of the comments.", PHOTOS, MESSAGES)
            .offenders(null, NOT_SURE)
            .before(NO, YES, "The Facebook group admins")
            .names("Jess Thornton", "Robyn Ellis")
            .profile(Gender.WOMAN, Ethnicity.WHITE, null, AgeBand.AGE_25_34)
            .trans(),
        victim(
                "Since we moved on to the site at Lime Kiln Road there have been complaints made"
                    + " about us to the council nearly every week. Dogs barking, rubbish, noise."
                    + " None of it is true, the council officer came and said the site was"
                    + " spotless. Today a man from the houses opposite stood at the gate and"
                    + " said we were thieves and should be moved on.")
            .why("He called us thieves and used a word for travellers that is an insult.")
            .strands(GYPSY_ROMA_TRAVELLER)
            .types(MALICIOUS_COMPLAINTS, VERBAL_ABUSE)
            .elsewhere("The Travellers' site on Lime Kiln Road")
            .ongoing()
            .offenders(1, YES, "Man from the houses opposite, 60s")
            .before(YES, YES, "Council site officer")
            .names("Bridget Ward", "Mary Connors", "Kathleen McDonagh")
            .profile(
                Gender.WOMAN,
                Ethnicity.GYPSY_ROMA_TRAVELLER,
                Religion.CHRISTIAN,
                AgeBand.AGE_45_54),
        forSomeone(
                "Daughter",
                "My dad is 84 and walks with a stick. A group of lads hang around the shops and"
                    + " every time he goes for his paper they call him names about being old and"
                    + " slow and one of them kicked his stick away on Tuesday. He didn't fall but"
                    + " he won't go out now.")
            .why("They call him an old fossil and laugh at him for being slow.")
            .strands(AGE)
            .types(VERBAL_ABUSE, THREATS_INTIMIDATION, EMOTIONAL_ABUSE)
            .at(SHOP, "Parade of shops, Coronation Avenue")
            .ongoing()
            .offenders(4, NO, "Teenage boys, 14 or 15, school uniform sometimes")
            .before(YES, NO, null)
            .names("Harold Green", "Ernest Pritchard")
            .profile(Gender.MAN, Ethnicity.WHITE, Religion.CHRISTIAN, AgeBand.AGE_75_PLUS),
        victim(
                "On the train into the city a man sat right next to me although the carriage was"
                    + " empty. He kept pressing his leg against mine and saying what he'd like to"
                    + " do to me. When I moved he followed me and said women like me are asking"
                    + " for it. A lady across the aisle told him to leave me alone and he got off"
                    + " at the next stop.")
            .why("He said women like me are asking for it.")
            .strands(SEX_GENDER)
            .types(SEXUAL_HARASSMENT, THREATS_INTIMIDATION)
            .at(PUBLIC_TRANSPORT, "Train from Townsley station, about 8.15am")
            .offenders(1, NO, "Man about 40, bald, navy suit, carried a laptop bag")
            .witnessed(null, null, "Older lady across the aisle who told him to stop")
            .evidence("The train has cameras.", CCTV)
            .names("Chloe Marsh", "Sophie Kaur", "Niamh Kelly")
            .profile(Gender.WOMAN, null, null, AgeBand.AGE_18_24),
        victim(
                "I'm homeless at the moment and sleep near the bandstand. Three men came at about"
                    + " 2am, kicked my sleeping bag and poured a drink over me. They said people"
                    + " like me are scum and should be got rid of. My arm is bruised.")
            .why("They said homeless people are scum.")
            .otherReason("Because I am homeless")
            .types(PHYSICAL_ATTACK, VERBAL_ABUSE)
            .at(PARK, "Castle Moor park, by the bandstand")
            .injured()
            .damage()
            .offenders(3, NO, "Three men, 20s, had been drinking")
            .names("Stephen Hale", "Paul Dwyer")
            .profile(Gender.MAN, Ethnicity.WHITE, null, AgeBand.AGE_45_54)
            .inPerson(),
        victim(
                "Woke up to find words painted across our front door and the side wall in red"
                    + " paint. Racist words telling us to leave. My kids saw it before I could"
                    + " cover it. The council are coming to clean it but I want it on record.")
            .why("The words painted were racist and said to get out.")
            .strands(RACE)
            .types(GRAFFITI, PROPERTY_DAMAGE)
            .at(HOME)
            .damage()
            .evidence("I took photos before it was covered.", PHOTOS)
            .offenders(null, NOT_SURE)
            .names("Kwame Asante", "Tunde Bakare", "Emmanuel Osei")
            .profile(Gender.MAN, Ethnicity.BLACK, Religion.CHRISTIAN, AgeBand.AGE_35_44),
        witness(
                "I walk my dog past the gurdwara every morning. Today someone had sprayed symbols"
                    + " on the gate and the wall, including a swastika. I let the man who opens up"
                    + " know and he was very upset. There's a camera on the building opposite.")
            .why("A swastika and other hate symbols sprayed on a place of worship.")
            .strands(RELIGION, RACE)
            .types(GRAFFITI, PROPERTY_DAMAGE)
            .at(PLACE_OF_WORSHIP, "The gurdwara on Foundry Lane")
            .damage()
            .evidence("Camera on the flats opposite. I took a photo on my phone.", PHOTOS, CCTV)
            .offenders(null, NOT_SURE),
        victim(
                "A leaflet came through our letterbox with a cartoon of a Jewish man with a big"
                    + " nose counting money and saying who 'really' runs the country. Ours was the"
                    + " only house in the road that got one, we checked with the neighbours. It's"
                    + " the second one this year.")
            .why("An antisemitic cartoon and our house was the only one targeted.")
            .strands(RELIGION, RACE)
            .types(OFFENSIVE_LETTERS)
            .at(HOME)
            .evidence("We kept the leaflet.", PHOTOS)
            .before(YES, NO, null)
            .offenders(null, NOT_SURE)
            .names("Rachel Cohen", "David Levy")
            .profile(Gender.WOMAN, Ethnicity.WHITE, Religion.JEWISH, AgeBand.AGE_55_64),
        victim(
                "Someone set fire to the wheelie bins behind my shop last night and the flames"
                    + " blackened the back door. A week ago a note was pushed under the door"
                    + " with a racist word for Pakistanis, saying they would burn us out. I have the note. The"
                    + " fire brigade came. I have CCTV from the back yard.")
            .why("A note with a racist word and a threat to burn us out, then the fire.")
            .strands(RACE, RELIGION)
            .types(ARSON, PROPERTY_DAMAGE, THREATS_INTIMIDATION, OFFENSIVE_LETTERS)
            .at(SHOP, "Mini-market, 14 Victoria Parade")
            .damage()
            .evidence("CCTV from the back yard. The note is in a plastic bag.", CCTV, PHOTOS)
            .offenders(null, NOT_SURE)
            .before(YES, YES, "Police, crime number given at the time")
            .names("Imran Chaudhry", "Tariq Mahmood")
            .profile(Gender.MAN, Ethnicity.ASIAN, Religion.MUSLIM, AgeBand.AGE_45_54)
            .inPerson(),
        victim(
                "For months the people next door have been throwing their rubbish over the fence"
                    + " into our garden. Nappies, food, dog mess. When I asked them to stop the"
                    + " man said 'go back to Africa and take your rubbish with you'. Housing say it"
                    + " is a neighbour dispute but it is not, they don't do it to anyone else.")
            .why("He said go back to Africa. They only do it to us, the only Black family.")
            .strands(RACE)
            .types(RUBBISH_DUMPED, NEIGHBOUR_DISPUTE, VERBAL_ABUSE)
            .at(HOME)
            .ongoing()
            .evidence("Photos of the garden over several weeks.", PHOTOS)
            .offenders(2, YES, "The couple next door at number 12")
            .before(YES, YES, "Housing officer at Townsley Homes")
            .names("Amina Yusuf", "Faith Mwangi")
            .profile(Gender.WOMAN, Ethnicity.BLACK, Religion.MUSLIM, AgeBand.AGE_35_44)
            .key("rubbish"),
        forSomeone(
                "Mum",
                "My son Ethan is 12 and autistic. At school a group of boys keep copying the"
                    + " noises he makes when he is stressed and filming him on their phones."
                    + " They call him names to do with being disabled. He has started refusing to"
                    + " go in. The school say they are dealing with it but nothing changes.")
            .why("They copy his autism and call him names about being disabled.")
            .strands(DISABILITY)
            .types(BULLYING, VERBAL_ABUSE, EMOTIONAL_ABUSE)
            .at(SCHOOL_COLLEGE, "Townsley Academy")
            .ongoing()
            .offenders(3, YES, "Boys in his year group")
            .before(YES, YES, "His head of year")
            .names("Ethan Clarke", "Jacob Morris")
            .profile(Gender.MAN, Ethnicity.WHITE, null, AgeBand.UNDER_16)
            .disabled()
            .inPerson(),
        victim(
                "i keep getting texts from a number i dont know calling me disgusting names for"
                    + " being gay, 20 or 30 a day. blocked it and they just use another number."
                    + " think its someone from my old work because they know things about me")
            .why("The texts are homophobic slurs and say gay people are disgusting.")
            .strands(SEXUAL_ORIENTATION)
            .types(ABUSIVE_CALLS_TEXTS_EMAILS)
            .at(HOME)
            .ongoing()
            .evidence("All the texts are on my phone.", MESSAGES)
            .offenders(1, NOT_SURE, "Might be someone from my old job")
            .names("Ryan Foster", "Callum Reid")
            .profile(Gender.MAN, null, null, AgeBand.AGE_18_24)
            .orientation(SexualOrientation.GAY_LESBIAN)
            .kiosk(),
        victim(
                "I use a wheelchair. In the supermarket a man said I was in the way and 'should"
                    + " be put down like a lame dog'. His friend copied me by pretending to be in"
                    + " a wheelchair and they both laughed. A member of staff saw it.")
            .why("He said I should be put down and his friend mocked my wheelchair.")
            .strands(DISABILITY)
            .types(VERBAL_ABUSE, ABUSIVE_GESTURES)
            .at(SHOP, "Supermarket on Station Road")
            .evidence("Store has CCTV, staff member saw it.", CCTV)
            .offenders(2, NO, "Two men in their 30s, one in a hi-vis jacket")
            .witnessed("Staff member on tills", null, "Saw them copying me")
            .names("Margaret Doyle", "Susan Whitfield", "Priya Shah")
            .profile(Gender.WOMAN, null, null, AgeBand.AGE_55_64)
            .disabled(),
        victim(
                "At work two of the lads on my shift have been making jokes about my religion"
                    + " for months. They put bacon in my locker and laugh when I go to pray on my"
                    + " break. My supervisor says it is banter. I feel sick going in every day.")
            .why("Jokes about Islam, bacon put in my locker, mocking me for praying.")
            .strands(RELIGION)
            .types(BULLYING, EMOTIONAL_ABUSE, VERBAL_ABUSE)
            .at(WORK, "Warehouse on the Hollins Green industrial estate")
            .ongoing()
            .offenders(2, YES, "Two men on the same shift")
            .before(YES, YES, "My supervisor at work")
            .names("Yusuf Ali", "Bilal Ahmed")
            .profile(Gender.MAN, Ethnicity.ASIAN, Religion.MUSLIM, AgeBand.AGE_25_34),
        victim(
                "I went to use the ladies in the shopping centre and a woman blocked the door and"
                    + " said I had no right to be there and she would call security to have 'it'"
                    + " removed. She shouted it so everyone looked. I left without using the"
                    + " toilet.")
            .why("She called me 'it' and said I had no right to use the ladies.")
            .strands(TRANSGENDER)
            .types(VERBAL_ABUSE, THREATS_INTIMIDATION)
            .at(SHOP, "Kingsway shopping centre, first floor toilets")
            .offenders(1, NO, "Woman about 45, blonde, with a pushchair")
            .names("Alex Morgan", "Zoe Hart")
            .profile(Gender.WOMAN, Ethnicity.MIXED, null, AgeBand.AGE_35_44)
            .trans(),
        victim(
                "Sąsiad z góry znowu krzyczał na mnie na klatce schodowej, że mam wracać do"
                    + " Polski. Mówi tak prawie codziennie, kiedy wracam z pracy. Raz uderzył"
                    + " pięścią w moje drzwi. Boję się o dzieci.")
            .why("Krzyczy, że mam wracać do Polski, i obraża Polaków.")
            .strands(RACE)
            .types(VERBAL_ABUSE, THREATS_INTIMIDATION, NEIGHBOUR_DISPUTE)
            .at(HOME)
            .ongoing()
            .offenders(1, YES, "Sąsiad z mieszkania nad nami")
            .language("pl")
            .needs("Polish", false, false, false)
            .names("Katarzyna Nowak", "Agnieszka Wiśniewska")
            .profile(Gender.WOMAN, Ethnicity.WHITE, Religion.CHRISTIAN, AgeBand.AGE_35_44)
            .key("polish-neighbour")
            .kiosk(),
        victim(
                "Told through the interpreter: Mr Hussain runs a market stall. Every Saturday a"
                    + " man from the next stall makes a gesture of cutting his throat at him and"
                    + " says he is a terrorist. Customers have stopped coming to his stall. He"
                    + " does not want the police to come to the market.")
            .why("Calls him a terrorist and makes a throat-cutting gesture.")
            .strands(RELIGION, RACE)
            .types(ABUSIVE_GESTURES, VERBAL_ABUSE, THREATS_INTIMIDATION)
            .elsewhere("Saturday market, Market Square")
            .ongoing()
            .offenders(1, YES, "Trader on the next stall, sells phone cases")
            .noPolice()
            .language("ur")
            .needs("Urdu", false, false, false)
            .names("Mohammed Hussain", "Zahid Iqbal")
            .profile(Gender.MAN, Ethnicity.ASIAN, Religion.MUSLIM, AgeBand.AGE_55_64)
            .inPerson(),
        victim(
                "Told through the interpreter: Mrs Farah took her children to the play area."
                    + " A woman told her children they could not use the swings because they"
                    + " were 'dirty'. When Mrs Farah asked why, the woman spat near her feet and"
                    + " said she should go home. Her children are now afraid of the park.")
            .why("Said the children were dirty, spat, said go home.")
            .strands(RACE, RELIGION)
            .types(VERBAL_ABUSE, ABUSIVE_GESTURES)
            .at(PARK, "Westfield Park play area")
            .offenders(1, NO, "White woman, 30s, with two children")
            .language("so")
            .needs("Somali", false, false, false)
            .names("Hodan Farah", "Sahra Abdi")
            .profile(Gender.WOMAN, Ethnicity.BLACK, Religion.MUSLIM, AgeBand.AGE_25_34)
            .inPerson(),
        victim(
                "Boys at the bus stop took my money. They laugh at me. They call me names. They"
                    + " say I talk funny. It happens a lot. I do not like the bus stop now.")
            .why("They call me names because I have a learning disability.")
            .strands(DISABILITY)
            .types(FINANCIAL_ABUSE, VERBAL_ABUSE, BULLYING)
            .at(STREET, "Bus stop on Orchard Way")
            .ongoing()
            .damage()
            .offenders(3, NOT_SURE, "Boys from the college")
            .before(YES, NO, null)
            .needs(null, false, true, false)
            .names("Ben Taylor", "Jamie Hughes")
            .profile(Gender.MAN, Ethnicity.WHITE, null, AgeBand.AGE_18_24)
            .disabled()
            .kiosk()
            .easyRead(),
        victim(
                "Written by volunteer with a BSL interpreter. Mr Evans is Deaf. In the post"
                    + " office queue a man shouted at him and when Mr Evans did not answer the man"
                    + " pushed him and mimicked signing in a mocking way. Others in the queue"
                    + " laughed. Mr Evans was not hurt but was humiliated.")
            .why("Mocked his signing and pushed him because he is Deaf.")
            .strands(DISABILITY)
            .types(PHYSICAL_ATTACK, ABUSIVE_GESTURES, VERBAL_ABUSE)
            .at(SHOP, "Post office, Market Square")
            .offenders(1, NO, "Man about 60, flat cap, walking stick")
            .needs(null, true, false, false)
            .names("Gareth Evans", "Owen Roberts")
            .profile(Gender.MAN, Ethnicity.WHITE, null, AgeBand.AGE_45_54)
            .disabled()
            .inPerson(),
        witness(
                "Saw three teenagers throwing eggs at the Singh family's car and house on my"
                    + " road. They shouted something about turbans and ran off towards the canal."
                    + " I've seen the same lads do it before. The family are lovely and keep"
                    + " themselves to themselves.")
            .why("They shouted about turbans while throwing the eggs.")
            .strands(RACE, RELIGION)
            .types(PROPERTY_DAMAGE, VERBAL_ABUSE)
            .at(HOME, "Maple Close")
            .damage()
            .offenders(3, NOT_SURE, "Teenagers, one ginger, one in a white puffer jacket")
            .before(YES, NO, null),
        victim(
                "A man in a car has blocked my driveway on purpose most mornings for three"
                    + " weeks so I can't get to the mosque for morning prayer. When I asked him"
                    + " to move he laughed and said 'pray somewhere else'.")
            .why("He laughed and said pray somewhere else. He only blocks my drive.")
            .strands(RELIGION)
            .otherType("Blocking my drive on purpose")
            .types(THREATS_INTIMIDATION)
            .at(HOME)
            .ongoing()
            .evidence("Photos of his car across my drive.", PHOTOS)
            .offenders(1, YES, "Man from a few doors down, silver estate car")
            .names("Abdul Karim", "Hamid Shah")
            .profile(Gender.MAN, Ethnicity.ASIAN, Religion.MUSLIM, AgeBand.AGE_65_74),
        victim(
                "After the horse fair was in the paper the comments on the Townsley News page"
                    + " were full of people saying we should be burned out and that all"
                    + " travellers are thieves. Some named my family. My nephew read them.")
            .why("Comments saying travellers should be burned out, naming my family.")
            .strands(GYPSY_ROMA_TRAVELLER)
            .types(ONLINE_ABUSE, THREATS_INTIMIDATION)
            .online("Townsley News website, comments section")
            .evidence("Screenshots of the comments.", PHOTOS)
            .offenders(null, NOT_SURE)
            .names("Patrick Joyce", "Martin Ward")
            .profile(
                Gender.MAN, Ethnicity.GYPSY_ROMA_TRAVELLER, Religion.CHRISTIAN, AgeBand.AGE_35_44),
        victim(
                "I'm a parish councillor. Since I spoke up about the women's refuge I get emails"
                    + " every week saying women should stay at home and describing what they"
                    + " would do to me. Some are very sexual. I don't open my inbox in the"
                    + " evenings any more.")
            .why("The emails say women belong at home and describe sexual violence.")
            .strands(SEX_GENDER)
            .types(ABUSIVE_CALLS_TEXTS_EMAILS, SEXUAL_HARASSMENT, THREATS_INTIMIDATION)
            .online("Email to my council address")
            .ongoing()
            .evidence("I have kept every email.", MESSAGES)
            .offenders(null, NOT_SURE)
            .names("Helen Sutherland", "Joanne Pike")
            .profile(Gender.WOMAN, Ethnicity.WHITE, null, AgeBand.AGE_45_54),
        victim(
                "The man across the road has complained about us to the council about noise,"
                    + " our car, our bins, our hedge. Eight complaints since March. He told the"
                    + " postman 'the lesbians at 22 need to learn their place'. The council found"
                    + " nothing wrong each time but we are worn out.")
            .why("He calls us 'the lesbians' and only complains about our house.")
            .strands(SEXUAL_ORIENTATION)
            .types(MALICIOUS_COMPLAINTS, NEIGHBOUR_DISPUTE, EMOTIONAL_ABUSE)
            .at(HOME)
            .ongoing()
            .offenders(1, YES, "Neighbour opposite, retired man")
            .before(YES, YES, "Council environmental health")
            .names("Sarah Lund", "Nicola Bright")
            .profile(Gender.WOMAN, Ethnicity.WHITE, Religion.NONE, AgeBand.AGE_45_54)
            .orientation(SexualOrientation.GAY_LESBIAN),
        victim(
                "My neighbour bangs on the wall and shouts 'psycho' and 'nutter' when I'm in the"
                    + " garden. He knows I have schizophrenia because he saw the crisis team"
                    + " come. Last week he said he'd have me 'sectioned for good'. I'm scared to"
                    + " go out the back.")
            .why("He calls me a psycho because of my mental health.")
            .strands(DISABILITY)
            .types(VERBAL_ABUSE, THREATS_INTIMIDATION, NEIGHBOUR_DISPUTE)
            .at(HOME)
            .ongoing()
            .offenders(1, YES, "Next door neighbour")
            .names("Mark Jennings", "Simon Ashworth")
            .profile(Gender.MAN, Ethnicity.WHITE, null, AgeBand.AGE_35_44)
            .disabled(),
        victim(
                "Outside the takeaway a group of men started calling me and my cousin racist"
                    + " names. One punched my cousin in the face and I got kicked when I tried to"
                    + " pull him away. His nose was bleeding. The owner came out and they ran off.")
            .why("They called us racist names before the attack.")
            .strands(RACE)
            .types(PHYSICAL_ATTACK, VERBAL_ABUSE)
            .at(STREET, "Outside the kebab shop, Northgate")
            .injured()
            .evidence("The takeaway has a camera over the door.", CCTV)
            .offenders(4, NO, "Four white men, 20s, one had a tattoo on his neck")
            .witnessed("Owner of the takeaway", null, "Came out and saw the end of it")
            .names("Arjun Patel", "Kiran Mistry", "Rohan Desai")
            .profile(Gender.MAN, Ethnicity.ASIAN, Religion.HINDU, AgeBand.AGE_18_24),
        victim(
                "After the Sunday service at our church, a car drove past slowly and the"
                    + " passenger shouted monkey noises at the congregation standing outside."
                    + " It has happened three Sundays now. The children are frightened.")
            .why("Monkey noises shouted at our Black congregation.")
            .strands(RACE, RELIGION)
            .types(VERBAL_ABUSE, THREATS_INTIMIDATION)
            .at(PLACE_OF_WORSHIP, "Grace Fellowship church hall, Brookside")
            .ongoing()
            .evidence("One of the deacons noted the car registration.", PHOTOS)
            .offenders(2, NO, "Two men in a dark blue hatchback")
            .before(YES, NO, null)
            .names("Samuel Adeyemi", "Joseph Mensah")
            .profile(Gender.MAN, Ethnicity.BLACK, Religion.CHRISTIAN, AgeBand.AGE_55_64),
        forSomeone(
                "Dad",
                "My son Noah is 16 and trans. At college some students have been calling him by"
                    + " his old name on purpose and writing it on his locker. One shoved him into"
                    + " the wall in the corridor and said he'd 'find out what he really is'."
                    + " Noah has not told the college about the shove, he's afraid it gets worse.")
            .why("Deadnaming him on purpose and saying they would find out what he really is.")
            .strands(TRANSGENDER)
            .types(BULLYING, PHYSICAL_ATTACK, THREATS_INTIMIDATION, GRAFFITI)
            .at(SCHOOL_COLLEGE, "Townsley College")
            .ongoing()
            .offenders(3, YES, "Students in his year")
            .names("Noah Fletcher", "Kai Bennett")
            .profile(Gender.MAN, Ethnicity.WHITE, null, AgeBand.AGE_16_17)
            .trans(),
        witness(
                "On the train two men were kissing goodbye on the platform and when one got on,"
                    + " a group of lads started shouting homophobic stuff at him all the way to"
                    + " the next station. He looked terrified. I sat with him and got off with him"
                    + " at Townsley.")
            .why("They shouted homophobic slurs at him for kissing his boyfriend.")
            .strands(SEXUAL_ORIENTATION)
            .types(VERBAL_ABUSE, THREATS_INTIMIDATION)
            .at(PUBLIC_TRANSPORT, "Train arriving Townsley about 10.40pm")
            .offenders(5, NO, "Group of five lads, late teens, one in a Townsley FC shirt")
            .evidence("Train CCTV.", CCTV),
        witness(
                "I work at the cafe. A young man with learning disabilities comes in with a"
                    + " group who make him buy all the food and drinks with his card and then"
                    + " take the mick out of him when he can't count the change. Today they made"
                    + " him pay £40. I don't think he understands.")
            .why("They use him for his money and laugh at his disability.")
            .strands(DISABILITY)
            .types(FINANCIAL_ABUSE, VERBAL_ABUSE)
            .at(PUB_RESTAURANT, "The Canal Cafe, Canal Walk")
            .ongoing()
            .offenders(3, NOT_SURE, "Two lads and a girl, early 20s")
            .before(YES, NO, null),
        witness(
                "Someone has painted racist symbols on the slide in the play park. Little kids"
                    + " were playing on it. I don't want to give my name.")
            .why("Racist symbols and a racist word painted on the slide.")
            .strands(RACE)
            .types(GRAFFITI)
            .at(PARK, "Play park off Canal Walk")
            .damage()
            .offenders(null, NOT_SURE)
            .anonymous()
            .kiosk(),
        victim(
                "I was walking home from synagogue on Saturday with my kippah on. A man across"
                    + " the road did a Nazi salute at me and shouted 'Heil'. I have seen him"
                    + " before in the area. He was laughing.")
            .why("Nazi salute aimed at me because I was wearing a kippah.")
            .strands(RELIGION)
            .types(ABUSIVE_GESTURES, VERBAL_ABUSE)
            .at(STREET, "Lime Kiln Road")
            .offenders(1, NOT_SURE, "Man about 30, shaved head, black jacket")
            .names("Benjamin Green", "Samuel Rosen")
            .profile(Gender.MAN, Ethnicity.WHITE, Religion.JEWISH, AgeBand.AGE_65_74),
        victim(
                "I'm registered blind and use a guide dog. A man shoved me out of his way at the"
                    + " crossing and said 'blind people shouldn't be let out'. My dog was upset"
                    + " and I fell against the railing. A lady helped me up.")
            .why("He said blind people shouldn't be let out.")
            .strands(DISABILITY)
            .types(PHYSICAL_ATTACK, VERBAL_ABUSE)
            .at(STREET, "Pedestrian crossing by the library")
            .injured()
            .offenders(1, NO, "Man, sounded young, strong aftershave")
            .witnessed("Lady who helped me", "07700 900514", "Saw him push me")
            .names("Dorothy Hughes", "Irene Walsh")
            .profile(Gender.WOMAN, Ethnicity.WHITE, Religion.CHRISTIAN, AgeBand.AGE_65_74)
            .disabled()
            .phone(),
        victim(
                "Told through a relative who speaks English: Someone set light to the shed and"
                    + " the fence at the back of the family's house in the night. A week before,"
                    + " a note said 'No Roma here'. Nobody was hurt but the fire came close to"
                    + " the children's bedroom window.")
            .why("A note saying no Roma here, then the fire.")
            .strands(GYPSY_ROMA_TRAVELLER, RACE)
            .types(ARSON, PROPERTY_DAMAGE, OFFENSIVE_LETTERS, THREATS_INTIMIDATION)
            .at(HOME)
            .damage()
            .evidence("The family kept the note. Fire service came.", PHOTOS)
            .offenders(null, NOT_SURE)
            .before(YES, YES, "Fire service and police on the night")
            .needs("Romanian", false, false, false)
            .names("Elena Lingurar", "Ion Rostas")
            .profile(
                Gender.WOMAN, Ethnicity.GYPSY_ROMA_TRAVELLER, Religion.CHRISTIAN, AgeBand.AGE_35_44)
            .inPerson(),
        victim(
                "I dress alternative (black clothes, piercings). Lads outside the chip shop"
                    + " threw a bottle at me and shouted I was a freak and a devil worshipper. It"
                    + " missed but glass went everywhere.")
            .why("Called me a freak because of how I dress.")
            .otherReason("Because I am a goth / dress alternative")
            .types(PHYSICAL_ATTACK, VERBAL_ABUSE)
            .at(STREET, "Outside the chip shop, Market Square")
            .offenders(3, NO, "Three lads about 17, on bikes")
            .names("Megan Price", "Leah Dunn")
            .profile(Gender.WOMAN, Ethnicity.WHITE, null, AgeBand.AGE_18_24)
            .kiosk(),
        forSomeone(
                "Support worker",
                "Reporting for Mr Lewis who I support. His son's girlfriend keeps telling him"
                    + " he is useless and a burden because of his stroke, and that he'd be better"
                    + " off in a home. She shouts at him when I'm not there and he's withdrawn and"
                    + " tearful. He asked me to report it but does not want the police.")
            .why("Says he is useless and a burden because he is disabled.")
            .strands(DISABILITY, AGE)
            .types(EMOTIONAL_ABUSE, VERBAL_ABUSE)
            .at(HOME)
            .ongoing()
            .offenders(1, YES, "His son's girlfriend, lives with them")
            .noPolice()
            .needs(null, false, false, true)
            .names("Alan Lewis", "Roy Mitchell")
            .profile(Gender.MAN, Ethnicity.WHITE, null, AgeBand.AGE_75_PLUS)
            .disabled()
            .inPerson(),
        forSomeone(
                "Son",
                "Mum is 79. Two people who said they were her friends from church have been"
                    + " taking her to the bank and she's given them over £3,000 since the summer."
                    + " They told her old people don't need money. She has early dementia.")
            .why("They picked on her because she is old and confused.")
            .strands(AGE, DISABILITY)
            .types(FINANCIAL_ABUSE)
            .at(HOME)
            .damage()
            .evidence("Her bank statements.", PHOTOS)
            .offenders(2, YES, "A man and a woman in their 50s, said they were from her church")
            .before(NO, YES, "Her bank")
            .names("Joan Fisher", "Patricia Kelly")
            .profile(Gender.WOMAN, Ethnicity.WHITE, Religion.CHRISTIAN, AgeBand.AGE_75_PLUS)
            .disabled(),
        victim(
                "Somebody keeps reporting us to the RSPCA, the council and the school saying we"
                    + " hurt our animals and our children. All lies, every visit found nothing."
                    + " A note on our car said 'Muslims out'. We think it's the same person.")
            .why("The note said Muslims out. Nobody else in the street gets reported.")
            .strands(RELIGION)
            .types(MALICIOUS_COMPLAINTS, OFFENSIVE_LETTERS)
            .at(HOME)
            .ongoing()
            .offenders(null, NOT_SURE)
            .before(YES, YES, "The school and the council")
            .names("Nadia Begum", "Samira Khan")
            .profile(Gender.WOMAN, Ethnicity.ASIAN, Religion.MUSLIM, AgeBand.AGE_35_44),
        victim(
                "We run the Chinese takeaway. Every Friday and Saturday night we get phone calls"
                    + " where they make fun of our accent, call us racist names and order food to"
                    + " fake addresses. We lose money and my wife cries after.")
            .why("They mock our accent and use racist names for Chinese people.")
            .strands(RACE)
            .types(ABUSIVE_CALLS_TEXTS_EMAILS, FINANCIAL_ABUSE)
            .at(WORK, "Golden Dragon takeaway, Northgate")
            .ongoing()
            .damage()
            .evidence("The phone shows the numbers.", MESSAGES)
            .offenders(null, NOT_SURE, "Sound like young men")
            .names("Wei Chen", "Li Zhang")
            .profile(Gender.MAN, Ethnicity.ASIAN, Religion.BUDDHIST, AgeBand.AGE_45_54)
            .phone(),
        forSomeone(
                "Mum",
                "My son plays an online game and other players keep calling him a racist word"
                    + " in the chat and telling him to go back to Africa. He is 13 and was born"
                    + " here. He doesn't want to stop playing because his friends are on it.")
            .why("Racist word and go back to Africa in the game chat.")
            .strands(RACE)
            .types(ONLINE_ABUSE, VERBAL_ABUSE)
            .online("Online game chat")
            .ongoing()
            .evidence("He took screenshots.", PHOTOS, MESSAGES)
            .offenders(null, NO, "Usernames in the screenshots")
            .names("Jayden Okoro", "Tobi Adebayo")
            .profile(Gender.MAN, Ethnicity.BLACK, null, AgeBand.UNDER_16)
            .kiosk(),
        victim(
                "I've had my allotment plot for six years. Since I took on the second plot some"
                    + " of the other holders say I don't belong there. Someone pulled up all my"
                    + " beans and left a banana on my shed roof.")
            .why("Said I don't belong and left a banana on my shed, as an insult to Black people.")
            .strands(RACE)
            .types(PROPERTY_DAMAGE, BULLYING)
            .elsewhere("Hollins Green allotments")
            .damage()
            .evidence("Photos of my plot.", PHOTOS)
            .offenders(null, NOT_SURE)
            .names("Winston Campbell", "Delroy Brown")
            .profile(Gender.MAN, Ethnicity.BLACK, Religion.CHRISTIAN, AgeBand.AGE_65_74),
        victim(
                "I work on the tills. A customer noticed my rainbow lanyard and started saying"
                    + " disgusting things about gay people and that I shouldn't be allowed near"
                    + " kids. He came back the next day and did it again. My manager banned him.")
            .why("Saw my rainbow lanyard and said gay people should not be near children.")
            .strands(SEXUAL_ORIENTATION)
            .types(VERBAL_ABUSE)
            .at(WORK, "Supermarket on Station Road")
            .offenders(1, NO, "Man in his 60s, regular customer")
            .witnessed("My manager", null, "Banned him from the store")
            .before(YES, YES, "My manager")
            .names("Tom Barker", "Ellie Shaw")
            .profile(Gender.NON_BINARY, null, null, AgeBand.AGE_18_24)
            .orientation(SexualOrientation.BISEXUAL),
        victim(
                "Rubbish is being dumped at our gate again. Three times this month. Last night"
                    + " someone had written on a bag in marker pen the same things he shouted at"
                    + " me in the summer. Housing still say they can't do anything.")
            .why("Same racist words as before written on the rubbish bag.")
            .strands(RACE)
            .types(RUBBISH_DUMPED, OFFENSIVE_LETTERS, NEIGHBOUR_DISPUTE)
            .at(HOME)
            .ongoing()
            .evidence("Photos of the bags.", PHOTOS)
            .offenders(2, YES, "Neighbours at number 12")
            .before(YES, YES, "This centre and Townsley Homes")
            .again("rubbish"),
        victim(
                "Znowu to samo. Sąsiad czekał na mnie przy skrzynkach na listy i powiedział, że"
                    + " jak się nie wyprowadzimy, to będzie gorzej. Mój syn to słyszał.")
            .why("Grozi nam, bo jesteśmy z Polski.")
            .strands(RACE)
            .types(THREATS_INTIMIDATION, NEIGHBOUR_DISPUTE)
            .at(HOME)
            .ongoing()
            .offenders(1, YES, "Ten sam sąsiad z góry")
            .before(YES, YES, "Ten punkt zgłoszeń, wcześniej")
            .language("pl")
            .needs("Polish", false, false, false)
            .again("polish-neighbour")
            .kiosk(),
        witness(
                "Saw a man follow a trans woman from the bus station along Station Road for a"
                    + " good five minutes, shouting at her and asking what was 'in her knickers'."
                    + " I walked next to her until he gave up. She didn't want to report it"
                    + " herself but said I could.")
            .why("He was shouting transphobic things and asking what was in her knickers.")
            .strands(TRANSGENDER, SEX_GENDER)
            .types(SEXUAL_HARASSMENT, VERBAL_ABUSE, THREATS_INTIMIDATION)
            .at(STREET, "Station Road, from the bus station")
            .offenders(1, NO, "Man in his 40s, grey hoodie, carrying cans")
            .anonymous(),
        victim(
                "At the school gates another parent keeps calling me names about being Polish"
                    + " and telling the other mums not to let their kids play with mine.")
            .why("Calls me names about being Polish.")
            .strands(RACE)
            .types(VERBAL_ABUSE, BULLYING)
            .at(SCHOOL_COLLEGE, "St Aidan's Primary, at the gates")
            .ongoing()
            .offenders(1, YES, "Mum of a child in my son's class")
            .names("Marta Kowalczyk", "Ewa Zielinska")
            .profile(Gender.WOMAN, Ethnicity.WHITE, Religion.CHRISTIAN, AgeBand.AGE_25_34),
        victim(
                "A note was put through my door. It said they know where I live, used a homophobic"
                    + " word for me, and said I'd better move. It was printed, not handwritten. I've only lived"
                    + " here three months.")
            .why("A homophobic word, saying they know where I live and I should move.")
            .strands(SEXUAL_ORIENTATION)
            .types(OFFENSIVE_LETTERS, THREATS_INTIMIDATION)
            .at(HOME)
            .evidence("I kept the note.", PHOTOS)
            .offenders(null, NOT_SURE)
            .names("Jordan Blake", "Sam Okafor")
            .profile(Gender.MAN, Ethnicity.MIXED, null, AgeBand.AGE_25_34)
            .orientation(SexualOrientation.GAY_LESBIAN),
        victim(
                "Me and my husband went in the Plough for a meal. The barman asked if we were"
                    + " 'off the site' and when we said yes he said 'we don't serve your sort'."
                    + " Other people were being served. We left.")
            .why("Said they don't serve our sort because we are travellers.")
            .strands(GYPSY_ROMA_TRAVELLER)
            .otherType("Refused service")
            .types(VERBAL_ABUSE)
            .at(PUB_RESTAURANT, "The Plough, Tanner's Bridge")
            .offenders(1, NO, "Barman, 50s, beard")
            .names("Margaret Doherty", "Ann Connors")
            .profile(
                Gender.WOMAN,
                Ethnicity.GYPSY_ROMA_TRAVELLER,
                Religion.CHRISTIAN,
                AgeBand.AGE_55_64),
        forSomeone(
                "Scheme manager",
                "I manage the sheltered housing at Abbey Court. Teenagers on bikes come most"
                    + " evenings, bang on the residents' windows, shout 'old coffin dodgers' and"
                    + " throw stones at the communal lounge. Several residents are too scared to"
                    + " use the lounge now.")
            .why("They shout abuse about the residents being old.")
            .strands(AGE)
            .types(THREATS_INTIMIDATION, VERBAL_ABUSE, PROPERTY_DAMAGE)
            .at(HOME, "Abbey Court sheltered housing")
            .ward("Abbey Fields")
            .ongoing()
            .damage()
            .evidence("We have a camera on the entrance.", CCTV)
            .offenders(5, NOT_SURE, "Five or six teenagers on bikes")
            .before(YES, YES, "Police non-emergency number, twice"),
        victim(
                "People on the bus laugh at me. They copy how I talk. A girl filmed me. I felt"
                    + " sad. I got off the bus.")
            .why("They copy how I talk because I have a disability.")
            .strands(DISABILITY)
            .types(VERBAL_ABUSE, ABUSIVE_GESTURES, ONLINE_ABUSE)
            .at(PUBLIC_TRANSPORT, "Bus to the college")
            .offenders(3, NO, "Girls from the college")
            .needs(null, false, true, false)
            .names("Chloe Adams", "Holly Turner")
            .profile(Gender.WOMAN, Ethnicity.WHITE, null, AgeBand.AGE_16_17)
            .disabled()
            .kiosk()
            .easyRead(),
        victim(
                "men in a white van shout sexual things at me most mornings when i cycle to work"
                    + " on kingsway. today one leaned out and slapped my bum as they went past and"
                    + " i nearly came off the bike")
            .why("Sexual comments about me as a woman, and he slapped me.")
            .strands(SEX_GENDER)
            .types(SEXUAL_HARASSMENT, PHYSICAL_ATTACK, VERBAL_ABUSE)
            .at(STREET, "Kingsway, by the roundabout")
            .ongoing()
            .evidence("I have a helmet camera.", CCTV)
            .offenders(3, NO, "White van, builders, ladder on the roof")
            .names("Anna Fischer", "Rosie Collins")
            .profile(Gender.WOMAN, Ethnicity.WHITE, null, AgeBand.AGE_25_34)
            .kiosk(),
        forSomeone(
                "Mum",
                "My son Harjit is 9. Two older boys at school pulled off his patka in the"
                    + " playground and threw it in a puddle, and said he looked like a terrorist."
                    + " He came home crying. It's not the first time they've picked on him.")
            .why("Pulled off his patka and called him a terrorist.")
            .strands(RELIGION, RACE)
            .types(PHYSICAL_ATTACK, BULLYING, VERBAL_ABUSE)
            .at(SCHOOL_COLLEGE, "Millbrook Junior School")
            .offenders(2, YES, "Two boys in Year 6")
            .before(YES, YES, "His class teacher")
            .names("Harjit Singh", "Gurpreet Gill")
            .profile(Gender.MAN, Ethnicity.ASIAN, Religion.SIKH, AgeBand.UNDER_16),
        witness(
                "In the queue at the supermarket a woman kept mimicking the accent of the two"
                    + " women in front who were speaking Arabic, and said loudly that 'they' get"
                    + " everything free. The women left their shopping and went.")
            .why("Mocking their accent and saying 'they' get everything free.")
            .strands(RACE, RELIGION)
            .types(VERBAL_ABUSE, ABUSIVE_GESTURES)
            .at(SHOP, "Supermarket on Station Road")
            .offenders(1, NO, "White woman, 60s, red coat")
            .anonymous(),
        victim(
                "I have a blue badge. Every week there's a note under my wiper calling me a"
                    + " faker and a scrounger, and now someone has scratched the side of my car."
                    + " My condition isn't visible but it's real.")
            .why("Notes calling me a faker because my disability isn't visible.")
            .strands(DISABILITY)
            .types(OFFENSIVE_LETTERS, PROPERTY_DAMAGE)
            .at(STREET, "Disabled bays, Market Square car park")
            .ongoing()
            .damage()
            .evidence("Photos of the notes and the scratch.", PHOTOS)
            .offenders(null, NOT_SURE)
            .names("Karen Lloyd", "Debbie Marshall")
            .profile(Gender.WOMAN, Ethnicity.WHITE, null, AgeBand.AGE_45_54)
            .disabled(),
        victim(
                "My landlord found out I'm trans when he saw my post. Since then he lets himself"
                    + " in without warning, says he doesn't want 'people like you' in his house,"
                    + " and has told me I'll be out by Christmas. I've paid my rent every month.")
            .why("He says he doesn't want 'people like you' since he found out I'm trans.")
            .strands(TRANSGENDER)
            .otherType("Threatened with eviction, landlord coming in without notice")
            .types(THREATS_INTIMIDATION, EMOTIONAL_ABUSE)
            .at(HOME)
            .ongoing()
            .offenders(1, YES, "My landlord")
            .names("Charlie Reeves", "Frankie Dale")
            .profile(Gender.NON_BINARY, Ethnicity.WHITE, null, AgeBand.AGE_25_34)
            .trans(),
        victim(
                "Two women at the gym changing room said loudly that 'fat people' shouldn't be"
                    + " allowed in and took a photo of me getting changed. I think they've put it"
                    + " online.")
            .why("Said fat people shouldn't be allowed and took a photo of me.")
            .otherReason("Because of my size")
            .types(VERBAL_ABUSE, ONLINE_ABUSE, EMOTIONAL_ABUSE)
            .elsewhere("Leisure centre changing room")
            .maybeOngoing()
            .offenders(2, NO, "Two women, 20s")
            .names("Sharon Reid", "Lisa Holt")
            .profile(Gender.WOMAN, Ethnicity.WHITE, null, AgeBand.AGE_35_44),
        victim(
                "Someone smashed the window of our shop and wrote 'Romanians go home' on the"
                    + " shutter. It's the second time. We only opened in the spring.")
            .why("Romanians go home written on the shutter.")
            .strands(RACE)
            .types(PROPERTY_DAMAGE, GRAFFITI)
            .at(SHOP, "Eastern European food shop, Northgate")
            .damage()
            .evidence("Camera above the door and photos.", CCTV, PHOTOS)
            .offenders(null, NOT_SURE)
            .before(YES, YES, "Police")
            .names("Andrei Popescu", "Mihai Ionescu")
            .profile(Gender.MAN, Ethnicity.WHITE, Religion.CHRISTIAN, AgeBand.AGE_35_44),
        victim(
                "Not sure exactly when, sometime last month. A group of older boys at the skate"
                    + " park called me gay and pushed me off my board. I'm 15. Don't want my mum"
                    + " to know.")
            .why("They called me gay as an insult and pushed me.")
            .strands(SEXUAL_ORIENTATION)
            .types(PHYSICAL_ATTACK, VERBAL_ABUSE, BULLYING)
            .at(PARK, "Skate park, Westfield Park")
            .offenders(4, NO, "Older boys, about 17")
            .vaguely(WhenApproximately.EARLIER)
            .anonymous()
            .kiosk(),
        witness(
                "A man on the high street was handing out leaflets saying Muslims are"
                    + " 'invaders' and shouting at women in headscarves who walked past. Lots of"
                    + " people saw it.")
            .why("Leaflets calling Muslims invaders and shouting at women in headscarves.")
            .strands(RELIGION)
            .types(OFFENSIVE_LETTERS, VERBAL_ABUSE, THREATS_INTIMIDATION)
            .at(STREET, "High Street, outside the bank")
            .evidence("I kept a leaflet.", PHOTOS)
            .offenders(1, NO, "Man about 40, England flag on his jacket"),
        victim(
                "A neighbour has started leaving dog mess outside my door and muttering an insult"
                    + " about gypsies when I pass. I'm not even a gypsy, I'm from Hungary.")
            .why("She uses an insult for gypsies when I go past.")
            .strands(RACE, GYPSY_ROMA_TRAVELLER)
            .types(RUBBISH_DUMPED, VERBAL_ABUSE, NEIGHBOUR_DISPUTE)
            .at(HOME)
            .ongoing()
            .evidence("Photos.", PHOTOS)
            .offenders(1, YES, "Woman in the flat downstairs")
            .names("Zsofia Nagy", "Lajos Horvath")
            .profile(Gender.WOMAN, Ethnicity.WHITE, null, AgeBand.AGE_25_34),
        victim(
                "I sell on the market. Someone keeps leaving one-star reviews on my page saying"
                    + " not to buy from me, using a racist word for Asians, and messages me telling me to go home. I was"
                    + " born in Townsley.")
            .why("Reviews and messages using a racist word.")
            .strands(RACE)
            .types(ONLINE_ABUSE, ABUSIVE_CALLS_TEXTS_EMAILS, MALICIOUS_COMPLAINTS)
            .online("Facebook business page and Messenger")
            .ongoing()
            .evidence("Screenshots of the reviews and messages.", MESSAGES, PHOTOS)
            .offenders(null, NOT_SURE)
            .names("Sunita Sharma", "Asif Malik")
            .profile(Gender.WOMAN, Ethnicity.ASIAN, Religion.HINDU, AgeBand.AGE_35_44),
        witness(
                "Outside the job centre a man was shouting at a lad in a wheelchair, calling"
                    + " him a scrounger and saying people like him should be 'got rid of'. Security came out. I"
                    + " don't know who the lad was.")
            .why("Calling a disabled man a scrounger who should be got rid of.")
            .strands(DISABILITY)
            .types(VERBAL_ABUSE, THREATS_INTIMIDATION)
            .at(STREET, "Outside the job centre, Kingsway")
            .offenders(1, NO, "Man in his 30s, shaved head, grey tracksuit")
            .witnessed("Security guard at the job centre", null, "Came out and moved him on"),
        victim(
                "My ex keeps messaging my friends saying I'm 'not a real woman' and sharing"
                    + " pictures of me from before I transitioned. He set up a fake profile in my"
                    + " old name.")
            .why("Says I'm not a real woman, shares photos from before I transitioned.")
            .strands(TRANSGENDER)
            .types(ONLINE_ABUSE, EMOTIONAL_ABUSE, ABUSIVE_CALLS_TEXTS_EMAILS)
            .online("Instagram and WhatsApp")
            .ongoing()
            .evidence("Screenshots from my friends.", MESSAGES)
            .offenders(1, YES, "My ex-partner")
            .names("Leanne Carter", "Amber Quinn")
            .profile(Gender.WOMAN, Ethnicity.BLACK, null, AgeBand.AGE_25_34)
            .trans(),
        victim(
                "At the bus station a man grabbed my arm and said women shouldn't be out on"
                    + " their own at night and that he'd 'teach me'. I pulled away and ran to the"
                    + " taxi rank. Bruise on my arm.")
            .why("He said women shouldn't be out alone and he would teach me.")
            .strands(SEX_GENDER)
            .types(PHYSICAL_ATTACK, THREATS_INTIMIDATION, SEXUAL_HARASSMENT)
            .at(PUBLIC_TRANSPORT, "Townsley bus station, stand 4")
            .injured()
            .evidence("Bus station has cameras.", CCTV)
            .offenders(1, NO, "Man, 30s, beard, green parka")
            .names("Fiona Grant", "Aisha Bello")
            .profile(Gender.WOMAN, null, null, AgeBand.AGE_18_24));
  }
}
