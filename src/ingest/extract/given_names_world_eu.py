"""Given names of Europe, the Americas, the Caucasus and Central Asia, and modern English names, with
their usual gender (rules-1.26); see given_names_world.py for what was left out and why. rules-1.29
added common British and Irish names that were missing ("Lewis", "Harriet", "Rhiannon"); rules-1.236
common Hungarian, Polish, Baltic, Finnish and Balkan ones ("Ilona", "Ieva", "Tiina", "Vesna"); rules-1.324 more Romanian, Moldovan and Lithuanian ones ("Sergiu", "Doina",
"Rimantas"); rules-1.277 Basque ones
("Iñigo", "Mikel", "Ainhoa") and the German "Dawit"."""

from __future__ import annotations

# region: (male, female)
REGIONS_EU: dict[str, tuple[str, str]] = {
    "latin_american": (
        """
rui
luiz jair geraldo alexandre flavio tarcisio ciro davi renan eduardo gilmar edson marcelo marcio
joao andres gustavo gabriel nayib alberto edmundo diosdado bernardo evo rafael guillermo ollanta
ricardo xavier mauricio jorge hernan roberto ernesto emilio enrique esteban federico
gonzalo hector ignacio jaime joaquin julio leonardo lorenzo manuel marcos mateo nestor octavio
patricio ramiro ramon rene rigoberto ruben tomas vicente gerardo arturo alvaro agustin camilo cesar
cristian cristobal damian dario emiliano facundo fabricio gilberto horacio humberto
lucas marcelino martin mauro maximo nicolas osvaldo rodolfo rogerio romulo sergio
silvio valdemar zeca duarte
inigo inaki mikel unai aitor ander xabier gorka asier iker koldo eneko oier ibai julen joseba
""",
        """
dilma gleisi benedita anielle janja corina delcy xiomara adriana alejandra alicia beatriz camila
catalina cecilia cristina daniela fernanda florencia gabriela graciela isabel jimena josefina
juana julieta lorena luisa marcela mariana milagros monica paola patricia raquel rocio silvia susana
veronica ximena xochitl yolanda claudia evelyn gisele marielle rosangela karina luciana
ainhoa amaia miren itziar nerea maite leire
""",
    ),
    "italian_french": (
        """
giuseppe giancarlo guido adolfo carlo francesco luigi alessandro gianni giovanni massimo maurizio fabio
stefano roberto pietro raffaele salvatore vincenzo domenico emanuele federico filippo gaetano gennaro
gianluca gianfranco leonardo marcello mattia riccardo tommaso ugo umberto valerio vittorio dario
alain antoine arnaud benoit charles christophe damien didier fabien frederic gilles
guillaume herve jean-marie jean-noel jerome laurent lionel loic ludovic marc mathieu maxime pascal
philippe raphael remi renaud sebastien stephane sylvain thibault xavier yves yvan edouard gerard
gerald bertrand michel bernard gabriel francois-xavier jean-yves jean-louis jean-michel
""",
        """
elly elisabetta chiara francesca federica alessandra ilaria paola silvia valeria beatrice rosanna
mara giovanna rachida clementine aurore agnes amelie francoise helene juliette laure manon
martine monique pascale sylvie veronique segolene anne-marie
""",
    ),
    "nordic_dutch": (
        """
magnus ulf olof bjorn björn gunnar halvard kjell knut leif morten rasmus sigurd soren søren svein
torbjorn torbjørn trond johan mattias fredrik gustav hakan håkan mikael jimmie petteri
antti juha jussi jyrki kimmo matti mika paavo pekka tuomas ville jarmo jari eero heikki ilkka risto
bjarni gudni espen trygve geert frans wopke ruud pieter jeroen wouter caspar henk kees
willem joost maarten sjoerd ruben thijs arjen bart bas bram daan floris gijs jaap jelle joris koen
lodewijk luuk marnix menno rutger sander tjeerd wim elio georges theo
jukka mikko ilmari
""",
        """
erna sylvi anniken ine marit ingvild ebba ulrika jessika frida pernille margrethe helle tine
dorthe lise birgitte riikka tytti jenni minna krista outi pirkko tarja annika halla kristrun
femke marjolein annemarie esther hanneke lieke marieke saskia mirjam anouk fleur sanne dilan
annelies
maarit satu paivi tuula kaisa
""",
    ),
    "central_european": (
        """
szymon wladyslaw władysław zbigniew janusz aleksander bronislaw bronisław grzegorz slawomir
sławomir stanislaw stanisław tadeusz ryszard jerzy jacek leszek kamil przemyslaw przemysław dariusz
mariusz michał lukasz łukasz bartosz bartłomiej maciej marcin jakub karol witold waldemar kazimierz
boguslaw bogusław czeslaw czesław henryk ignacy jozef
milos vaclav jiri tomio vit lubomir ondrej jaromir ladislav libor miroslav radek vojtech
zbynek zdenek bohuslav juraj mikulas dusan
gergely zoltan istvan laszlo gyula janos ferenc tamas balazs mihaly sandor gabor attila csaba andras
levente zsolt tibor imre lajos endre
""",
        """
agata danuta elzbieta iwona izabela renata urszula wanda kinga paulina justyna sylwia
weronika karolina zuzana marketa alena katerina tereza hana jitka pavla lenka radka zdenka
katalin judit erzsebet ildiko zsuzsanna eszter orsolya krisztina reka timea aniko szilvia agnes
ilona bozena jadwiga wioletta sarka dita
""",
    ),
    "balkan_greek_baltic": (
        """
nicusor ilie crin calin mircea dacian ludovic sorin florin dan traian vasile ciprian gheorghe
nicolae octavian radu razvan valeriu aleksandar milorad milo dragan zoran goran ivica nebojsa bojan
tomislav zlatko hristijan edi ilir bujar hashim albin ramush bakir zeljko
kristjan jaanus tarmo
kyriakos antonis nikos giorgos yiorgos georgios dimitris dimitrios konstantinos kostas yannis
giannis ioannis panagiotis evangelos vangelis stefanos nikolaos christos michalis spyros theodoros
thanasis athanasios vassilis vasilis nicos demetris glafcos tassos
gitanas gabrielius vytautas valdas algirdas linas mindaugas arvydas saulius krisjanis arturs egils
raimonds alar margus urmas tonis rein priit indrek toomas peeter tiit andrus aivar jaan hanno heiki meelis
sergiu mihai dorin iurie vlad dumitru costel ionel viorel marius catalin lucian ovidiu liviu aurel
egidijus juras rimantas darius giedrius gintautas audrius kestutis andrius arunas zygimantas povilas
""",
        """
viorica maia ramona ioana andreea mihaela raluca roxana simona oana liliana adina ecaterina kolinda
vjosa jadranka natasa biljana gordana marija maja mirjana dragana zeljka
eleni theodora marietta fofi dora ingrida viktorija evika kersti
kadri kaja reet merike kristiina katrin
mari liis piret triin tiina ieva inga liga dace baiba agnese egle ruta ausra jurate gintare vaida
rasa indre vesna snezana milica ljiljana branka zrinka ksenija bojana olivera slavica sanja
doina zinaida ionela loredana luminita nadejda jurgita agne loreta
""",
    ),
    "caucasus_central_asian": (
        """
irakli giorgi bidzina zurab levan davit dawit archil kakha mamuka shalva
nikol serzh levon armen aram hovik tigran vahagn vardan samvel gagik hrant
ilham heydar elmar jeyhun hikmet ramiz rovshan elchin hikmat tural vugar
kassym nursultan shavkat emomali sadyr gurbanguly serdar almazbek kamchybek akylbek askar
bakhyt erlan yerlan nurlan daniyar olzhas bolat bakhtiyor jamshid sherzod ulugbek otabek
dilshod
shamil magomed akhmed akhmat zaur eldar renat azat aslan rashid tagir khasan khusein umar alikhan ildar
aidar damir ramil farid salavat bulat arsen ashot guram vakhtang nodar tengiz ilhom bakhtiyar kasym
""",
        """
salome ketevan tina zaruhi lilit anahit gohar mehriban dinara saida gulnara dariga aliya asel
aida nargiza ziroat zarina leyla leila aigul kamila alsu guzel elmira lyaysan nino tamar mariam
""",
    ),
    "english_modern": (
        """
sam elon jensen jeff marc pete kash josh matt jared jerome hakeem shawn shaun brett bret brad
bryan cory corey cody darren devin doug dustin dwayne dwight elliot
glenn greg gregory jake jay jesse joel johnny jon jonah lance nate nick randy
rex rudy russ shane stan travis vince wes zach zack andy bobby danny eddie jimmy
joey kenny lenny marty mickey ricky ronnie sammy teddy tommy billy willie alec brendan byron
dylan landon antony reince lloyd mitt hakim
dave ken curtis charlie dominic gareth hugh phil rupert declan kieran ciaran eamon enda padraig seamus
micheal leo donny thom sten stig troels blaise
lewis alfie archie freddie joshua reuben rory ezra jude harvey clive malcolm marcus finley
brandon raymond clarence reginald geoffrey dafydd
""",
        """
kristi karoline marjorie lauren janet gina deb debbie gretchen kathy tammy kristen kyrsten elissa
katie cathy jill abby alyssa angie ann annie becky beth betsy betty brenda
candace carly carrie cindy connie cynthia debra denise donna dorothy elaine ellen erin gail
gloria gwen jane janice jeanne jeanette jenna jenny joan joann joanne jodi joyce judy julie kayla
kristy laurie lois loretta lori louise mandy marcia marsha martha maureen meghan melissa
meryl molly natasha norma pam pamela peggy phyllis priscilla rhonda roxanne sally sheila
sherry shirley sonia stacey stacy susie suzanne tanya tara teresa terri tiffany tricia wendy
yvette megyn lara karine kayleigh katy jen
jess meg aimee alison bridget kylie sonya sylvia emelia aoife niamh orla roisin saoirse sinead siobhan mhairi
suella priti
harriet lorna rosie poppy evie elsie daisy phoebe matilda millie bethan cerys gemma leanne tracey carol
gillian shona ciara caitlin bronwen rhiannon carys ffion sian brooke kelsey pauline mavis muriel gladys
helen katherine kathryn kimberly jacqueline frances marilyn danielle hilda mabel ethel maeve
""",
    ),
    "german_frisian": (  # rules-1.31
        """
malte arne hauke ole götz hartmut rüdiger
""",
        """
sonja dörte gudrun britta insa imke frauke ilka meike hannelore waltraud dagmar
""",
    ),
}
