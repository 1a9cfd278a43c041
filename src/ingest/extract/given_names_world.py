"""Given names of people in international news, by region, with their usual gender (rules-1.26).

given_names.py holds the original, Euro-centric lists (German, Ukrainian/Russian, English). These lists
add the first names that stand first in English-language news on the Middle East, South and Southeast
Asia, Japan, Africa, Latin America, the rest of Europe, the Caucasus and Central Asia, plus modern
English/American names that were missing ("Sam", "Elon", "Jensen"). They were written by hand for this
project, lower case; the lookup (given_names.gender_of_first) strips accents, so "andrés" and "andres"
are one entry, but letters that do not decompose (ł, ø, ı) are listed as written.

Left out on purpose (precision first; a first name starts a person mention without a title, guards
several rules and gives a pronoun its gender):

- words that are common capitalised English words or sentence openers: Said (Arabic Saïd / Saeed is
  kept as "saeed"), Long, Young, King, Rich, Will, May, June, Hope, Faith, Joy, Grace (already listed),
  Mercy, Charity, Patience, Blessing, Precious, Gift, Wisdom, Justice, Sunday, Rose, Drew, Grant, Chase,
  Clay, Wade, Penny, Crystal, Dawn, Summer, April, Robin, Holly, Angel, Jihad, Lenin, Stalin, Yogi, Ram,
  Per, Odd, Tor, Tea, Win, Lama, Rim, Ani, Maha, Sri;
- titles and honorifics that stand before names: Sheikh, Sheikha, Emir/Amir, Imam, Sultan, Malik,
  Shah, Raja, Rani, Begum, Mian, Haji, Mirza, Sardar, Prince, Dato/Datuk, Tengku, Cheikh;
- family names that stand first in East and Southeast Asian names (Kim, Lee, Park, Wang, Li, Zhang,
  Chen, Nguyen, Tran, Pham, Hun, ...); Korean, Chinese and Vietnamese given names (they stand last in
  English news: "Pham Minh Chinh", "Lee Jae-myung"), and Burmese name elements (Aung, Min, Than);
- place and organisation words: Jordan, Israel, Georgia, Milan, Riyadh, Haifa, Santiago, Salvador,
  Rosario, Asuncion, Lima, Dallas, Lincoln, Alexandria, Mercedes, Sivan, Mizuho (the bank), Saadi (Foundation),
  Hugo (Boss; and on WikiNews-de it fed a weak German Konjunktiv rule); surnames that also serve as
  given names (Cameron, Carter, Harrison, Jackson, Parker, Morgan, Taylor, Sharif, Khan);
- names whose gender is truly split in the news (the lists have no genderless entries): Nana, Kiran,
  Alaa, Ilhan (Ilhan Omar / Ilhan Kaya), Lior, Tal, Dana, Sharon, Jamie, Kelly, Leslie, Tracy, Lindsey,
  Alexis, Courtney, Pat, Uche, Tendai, Yuki, Makoto, Kei, Kari, Dominique, Claude, Ayodele, Pushpa
  (rules-1.161: the English ones among them are given_names.UNISEX_NAMES, first names without a gender).
  Ilham is kept as male (Ilham Aliyev). Names already in given_names.py keep their gender there;
- names that begin other things in the news: Francisco, Paulo (San Francisco, São Paulo), Carolina,
  Brittany, Lorraine, Beverly (Hills), Amber (Alert), Eli (Lilly), Lotte (Group), Lech (Poznań),
  Wagner (Group), Salem, Troy, Ofer, Erez, Efrat, Orly, Madina, Novruz, Nasr, Badr, Bandar (Abbas),
  Gita, Salah (Mohamed Salah), Akbar, Kumara (a middle name in "Anura Kumara Dissanayake"), and
  surnames more often than given names in English news (Warren, Kirk, Nelson, Bennett, Mitchell,
  Franklin, Reid, Floyd, Whitney, Shannon, Garrett, Elliott, Nader, Farah, Yilmaz, Selçuk, Ronaldo);
- Ziaur and Mujibur: Bangladeshi news names them (as founders) beside Tarique Rahman, and a second
  "X Rahman" makes the bare surname "Rahman" ambiguous for the subject rule;
- Cheryl and Ivana: measured on PolNeAR dev, naming "Clinton's lawyer Cheryl Mills" and "Ivana
  Trump" made two weak rules misfire ("His lawyer said" 5,000 characters later; "The GOP
  presidential nominee argued" after "Donald and Ivana Trump").

Counts of new names per region: Arabic 220 m / 92 f, Persian 64 / 35, Turkish and Kurdish 60 / 29,
Hebrew 71 / 32, South Asian 198 / 67, Southeast Asian and Japanese 103 / 35, African 116 / 32, Latin
American 82 / 42, Italian and French 79 / 28, Nordic and Dutch 85 / 42, Central European 82 / 36,
Balkan, Greek and Baltic 86 / 33, Caucasus and Central Asian 57 / 17, English 123 / 166 (rules-1.29 added common English, British and Irish names that were missing: Helen, Joshua, Lewis, Harriet …): 2,110
distinct entries (accented and plain spellings both count) beside the 989 of given_names.py.
"""

from __future__ import annotations

from ingest.extract.given_names_world_eu import REGIONS_EU

# region: (male, female)
REGIONS_ASIA_AFRICA: dict[str, tuple[str, str]] = {
    "arabic": (
        """
muhammad mohammed mohamed mohammad mohamad muhammed mohamud mohamoud muhamad
ahmad ahmet mahmoud mahmud mahmood abdel abdul abdullah abdallah abdulla abdullahi abdelaziz abdulaziz
abdelfattah abdulrahman abdelrahman abdurrahman abdulmalik abdelmadjid abdelmajid abdelkader abdulhamid
abdelilah abdelhamid abdulkarim abdelkarim abdulsalam abdessalam abdulwahab abdelwahab abdulhadi
umar osama usama hamza hamzah hasan hussein husein hussain husain khalil khaled walid waleed
yasser yasir yassir yousef youssef yousuf yusef ismail ismael esmail issa isa jamal gamal kamal
kareem majed marwan mostafa moustafa nabil nabih naguib nasser nasir nizar qassem qasim
kassem rami rachid rasheed saad saleh salih salman sami samir sameer tamim tarek tarik wael
ziad zeyad fouad fuad faisal feisal fahd fahad farouk faruk habib hisham hesham haitham hani hany
hazem imad emad jibril khamis mahdi mehdi mansour mansur mounir munir moussa musa naim naeem nawaf
nayef naif nouri nuri qais kais raed rafik rafiq ramzi sabri saeed suleiman sulaiman sulayman taher
tahir talal tawfiq tawfik yahya yasin yassin yaseen zaid zayed zakaria zakariya zuhair adel adil
adnan akram amr anas anwar ashraf ayman aziz bashar bassam bilal fadi fawzi ghassan hakim hamad
hamdan hashem hashim izzat jaber jabir latif louay lutfi maher mamdouh moataz mohannad muammar
muqtada naji omran osman uthman qusay rabih radwan saif sayf taha ayoub ayyub essam
issam hatem khairy kais mohsen mouhamadou nabih nayef ridha riyad sufian tayeb
wissam yehia zuheir abdelmadjid mokhtar moncef beji hamadi noureddine abdelkrim
""",
        """
fatima fatma aisha aicha ayesha ayisha khadija khadijah mariam aminah laila leila nour noor noura
farah hanan huda hoda rania salma samira sanaa suha yasmin yasmine yasmeen zahra zeina dalia dina amal
asma basma ghada hala hiba iman eman lubna manal mona muna najla nawal rasha sahar samar shireen
souad suad wafa widad yara zeinab zainab nahla hind lamia nisreen nesreen dima raghad tahani habiba
latifa amira lulwa mouna naima nabila fadwa ibtisam intisar jamila karima maysa randa rola sawsan
wafaa amani asmaa doaa heba marwa nermeen reem rawan sahar safaa shaimaa abeer ruba
""",
    ),
    "persian": (
        """
masoud massoud ebrahim abbas javad mohsen hossein mojtaba ruhollah alireza mohammadreza mostafa kazem
gholam gholamhossein jalal majid hamed amin esmaeil farhad bahram babak kaveh arash dariush cyrus
kourosh navid pejman shahram shahin ramin behrouz bijan siamak peyman vahid abdolrahim ahmadreza
mahmood hamidreza mohammadbagher mohammad-bagher ali-akbar asghar esmail
saeed jafar jaafar morteza rouhollah davood davoud manouchehr mehrdad omid
abolfazl amir-hossein amirhossein shahab kamran parviz heshmatollah
""",
        """
narges nasrin shirin mahsa parisa fatemeh zahra maryam shohreh golshifteh laleh roya niloufar
azadeh mina neda sepideh taraneh forough marzieh elaheh shahla mitra parvin soraya masoumeh
nazanin zohreh atena ladan mahnaz fariba negar shiva hengameh
""",
    ),
    "turkish_kurdish": (
        """
tayyip kemal devlet ekrem mansur ozgur özgür mevlut mevlüt numan binali suleyman süleyman murat
selahattin sinan burak cengiz erdal erkan kerem orhan serkan tolga volkan yasin berat bulent
bülent ertugrul ertuğrul hulusi abdulkadir efkan suat levent nihat oktay omer ömer fatih
ilker yılmaz arda baris barış kenan ismet mesut necmettin selçuk umit ümit
masrour nechirvan mazloum barham bafel qubad hoshyar
""",
        """
meral tulay tülay ayse ayşe emine zeynep elif canan sevim pervin gulsen gülşen esra merve ozlem
özlem sibel aylin pinar pınar dilek hatice nilufer nilüfer tugba tuğba seda ebru melike
""",
    ),
    "hebrew": (
        """
yair itamar bezalel yoav gideon naftali yariv avigdor benny gadi eyal ehud moshe yossi yosef avi
avraham yitzhak shlomo yuval amichai aryeh arie dudi elie gilad herzi micha miki moti nir
ofir oren rafi ronen shai shaul shimon tzachi uri zeev yehuda yigal yisrael yoel yohanan yoni
zvi tzvi amos asher dror doron eitan haim chaim idan meir mordechai nadav natan oded shmuel
tomer yaakov yehiel yonatan amit avichai benzion yechiel
""",
        """
noa orit merav miri ayelet tzipi limor shira tamar yael hadas galit idit keren liat meirav nili
rivka ronit sigal smadar tali yifat einav orna dafna inbal hila naama osnat ruti gila
""",
    ),
    "south_asian": (
        """
narendra rahul amit arvind rajnath nitin piyush shashi akhilesh nitish lalu tejashwi uddhav sharad
devendra eknath ajit mallikarjun manmohan atal krishna vijay ravi rajiv sanjay sunil anil ashok arun
ajay alok anand ashish deepak dinesh ganesh gautam harish jayant kapil mahesh manish manoj mukesh
naveen navin nikhil pankaj pradeep prakash pramod prashant rajesh rakesh ramesh ranjit ratan rohit
sachin sandeep sanjeev santosh satish shankar shyam siddharth subhash sudhir suresh sushil tushar
uday vikas vinod virat vivek yash yashwant mukul hemant himanta pinarayi udhayanidhi revanth
chandrababu jagan bhagwant amarinder sukhbir navjot charanjit sundar satya azim anupam aamir amitabh
akshay hrithik ranveer ranbir sourav mahendra jasprit shubman hardik ravindra ravichandran ishan
suryakumar rishabh shreyas ajinkya cheteshwar kuldeep yogendra jyotiraditya kiren hardeep nirav
gaurav abhishek aditya ankit arjun karan rajat sunder vikram vinay vishal vivekananda dharmendra
shehbaz shahbaz imran nawaz asif bilawal ishaq khawaja fazlur pervez parvez asim qamar raheel faiz
ahsan azam babar shaheen shoaib wasim waqar inzamam javed zulfikar zulfiqar mohsin murad usman fawad
jahangir saqib aitzaz arif syed hafiz tarique obaidul nahid mahfuz amjad shafiqur mizanur
habibur lutfur mahbubur anisur fakhrul abhijit raj sajeeb hasnat humza sadiq nadhim vali
ranil mahinda gotabaya anura sajith namal chaminda gagan balen
""",
        """
sonia priyanka indira smriti nirmala mamata mayawati sushma pratibha droupadi kangana deepika priya
aishwarya alia anushka kareena madhuri shabana sunita anita kavita lakshmi meera neha pooja radha
rekha sita shobha sudha usha vandana geeta jaya kalpana kamla lata nandini nisha pallavi poonam
preeti ritu sapna seema shilpa shweta swati tanvi uma vidya arundhati malala hina fehmida bushra
benazir hasina khaleda chandrika sirimavo harini sushila rupa supriya mehbooba
""",
    ),
    "southeast_asian_japanese": (
        """
anutin srettha pita prayut prayuth prawit thaksin abhisit chuan jurin thanathorn chadchart natthaphong
somchai somsak phumtham wissanu parit sihasak pavin thitinan napon yoshua prabowo joko gibran susilo anies ganjar mahfud airlangga
luhut erick bahlil agus budi bambang listyo mahathir najib muhyiddin zahid rafizi fahmi ferdinand
bongbong manny enrique ramon benigno teodoro gilberto jejomar
shigeru fumio shinzo yoshihide junichiro yukio naoto taro takeshi hiroshi kenji koji koichi yoshimasa
toshimitsu yasutoshi shinjiro katsunobu yoshitaka hirokazu ichiro shohei yoshinobu kazuo masayoshi
akio takashi tetsuya haruki hideki hiroyuki kazuhiro naruhito akihito fumihito hisashi kenta daisuke
satoshi tadashi takuya tomoaki tsuyoshi yasuhiro yoshihiko yusuke ryota hideo masahiro minoru
""",
        """
paetongtarn yingluck megawati retno puan leni risa imee imelda corazon sanae yuriko seiko
yoko yoshiko mariko masako akie noriko yumiko keiko hiroko akiko michiko naoko tomoko kyoko junko
sachiko emiko kumiko ayumi aiko ayako tomomi
""",
    ),
    "african": (
        """
abiy uhuru raila rigathi kithure musalia kalonzo yoweri bobi kizza jakaya hakainde salva riek isaias
debretsion getachew redwan jawar demeke mulatu tedros abdirahman abdalla evariste
faustin moise emmerson edgar lazarus thabo julius mmusi mosiuoa gwede fikile bheki zweli
themba sipho bongani thulani mokgweetsi saulos hage nangolo filipe tundu zitto
bola atiku goodluck olusegun muhammadu umaru yakubu sani nyesom kashim kayode femi yemi babajide
olufemi oluwaseun seun tunde wole kunle chinua dapo nuhu nnamdi chukwuma emeka chidi obinna ifeanyi
chinedu babatunde adebayo abubakar aliyu bello garba lamido rabiu mahamudu kwame kwabena kofi kojo
kwaku kwesi kwasi yaw akwasi macky ousmane bassirou amadou mamadou boubacar assimi abdourahamane mahamat
idriss alassane henri guillaume faure patrice adama seydou souleymane sekou
""",
        """
samia sahle nkosazana naledi lindiwe thandi thuli busisiwe netumbo wangari winnie esther
chimamanda ngozi oby obiageli kemi folake funmilayo hadiza akua ama abena afua adwoa efua aminata
fatou fatoumata awa mariama ellen
""",
    ),
}

REGIONS: dict[str, tuple[str, str]] = {**REGIONS_ASIA_AFRICA, **REGIONS_EU}


def _names(blob: str) -> set[str]:
    return set(blob.split())


WORLD_MALE: frozenset[str] = frozenset(n for m, _ in REGIONS.values() for n in _names(m))
WORLD_FEMALE: frozenset[str] = frozenset(n for _, f in REGIONS.values() for n in _names(f))
