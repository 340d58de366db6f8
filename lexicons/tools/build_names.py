#!/usr/bin/env python3
"""Build the name lexicons (PERSON, ORG, LAW, EVENT, FAC) of gloss from hand-written lists.

Deterministic: the same source gives byte-identical files. Run from anywhere:

    python3 lexicons/tools/build_names.py          # write lexicons/entities/{person,org,law,event,fac}.jsonl
    python3 lexicons/tools/build_names.py --check  # only check the lists, write nothing

Source format (the lists below), one thing per line, fields separated by " | ":

    Primary name | alias | alias | s:Surname | id:explicit-id | q:Q123

- the first field is the name as the English Wikipedia article names it (the id is derived
  from it: ASCII, lower case, kebab-case; apostrophes and full stops dropped, "&" -> "and"),
  unless `id:` gives the id (fixed ids of corpus/README.md, disambiguated titles);
- `s:` marks a surname-only alias of a PERSON (emitted with "surname": true);
- a pattern ending in `!` is matched only as written ("case": "exact"); patterns that are
  acronyms (two or more capitals, no lower-case letter) get "case": "exact" automatically;
- variants are added automatically: ASCII without diacritics, hyphen for en dash, curly for
  straight apostrophe, "US" for "U.S." and back, Romanian s/t-cedilla for s/t-comma.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

# ---------------------------------------------------------------------------------------
# PERSON
# ---------------------------------------------------------------------------------------
PERSON = r"""
# --- people named in the corpus bulletins (and the seed) --------------------------------
Angus Campbell | id:angus-campbell-general
Yang Hengjun
Cheng Lei
Alexandre de Moraes
Walter Braga Netto
Eduardo Bolsonaro
Armando Benedetti
Carlos Fernando Triana
Mariana Cuéllar
Susannah Meyers
Aviaja Lynge
Ana Ciobanu
Jay Tarriela
Romeo Brawner Jr. | Romeo Brawner Jr | Romeo Brawner
Ebrahim Rasool
Mcebisi Jonas
Anil Chauhan
Hu Xijin
# authors of the bulletins (they stand in the metadata, not in the text)
Bartłomiej Znojek
Zoë Whitfield
Tomasz Dąbrowski
João Pedro Albuquerque
Luíza Fontes Maranhão
Katarzyna Wiśniewska
Piotr Żółkowski
Ana Lucía Peñaloza
Sigrid Højgaard
Mikołaj Kęsicki
Aditi Raghavan
Mikołaj Wróbel
Rūta Žemaitytė
Ana-Maria Țurcanu
Łucja Wiśniewska
Małgorzata Kępińska
María Teresa Dávila
Lindiwe Mthembu
Anél du Toit
Lukas Brändli
Céline Aebischer

# --- United States ----------------------------------------------------------------------
Donald Trump | Donald J. Trump | s:Trump | id:donald-trump | q:Q22686
Joe Biden | Joseph R. Biden | Joseph R. Biden Jr. | Joseph Biden | s:Biden | q:Q6279
Barack Obama | s:Obama | q:Q76
George W. Bush | q:Q207
George H. W. Bush | George H.W. Bush
Bill Clinton | q:Q1124
Hillary Clinton | Hillary Rodham Clinton
Ronald Reagan | q:Q9960
Jimmy Carter | q:Q23685
Richard Nixon
Gerald Ford
John F. Kennedy | JFK | q:Q9696
Lyndon B. Johnson
Franklin D. Roosevelt | Franklin Delano Roosevelt | FDR | q:Q8007
Theodore Roosevelt
Woodrow Wilson
Harry S. Truman | Harry Truman | q:Q11613
Dwight D. Eisenhower | Dwight Eisenhower
James Monroe
George Washington | q:Q23
Abraham Lincoln | q:Q91
Henry Kissinger
JD Vance | J. D. Vance | J.D. Vance | James David Vance | s:Vance
Kamala Harris
Mike Pence
Dick Cheney
Marco Rubio | s:Rubio
Antony Blinken | Tony Blinken
Mike Pompeo
Rex Tillerson
John Kerry
Condoleezza Rice
Colin Powell
Madeleine Albright
Scott Bessent
Janet Yellen
Steven Mnuchin
Howard Lutnick
Gina Raimondo
Wilbur Ross
Jamieson Greer
Katherine Tai
Robert Lighthizer
Pete Hegseth
Lloyd Austin
Mark Esper
Jim Mattis
Kristi Noem
Alejandro Mayorkas
Pam Bondi
Merrick Garland
Jerome Powell | Jay Powell
Kevin Warsh
Kevin Hassett
Jake Sullivan
Mike Waltz | Michael Waltz
John Bolton
William J. Burns | William Burns | Bill Burns
John Ratcliffe
Christopher A. Wray | Christopher Wray
Kash Patel
Avril Haines
Tulsi Gabbard
Elon Musk | s:Musk | q:Q317521
Stephen Miller | id:stephen-miller-political-advisor
Peter Navarro
Tom Homan
Susie Wiles
Karoline Leavitt
Steve Witkoff
Keith Kellogg
Richard Grenell | Ric Grenell
Christopher Landau
Mauricio Claver-Carone
Kurt Campbell
Victoria Nuland
Samantha Power
Doug Burgum
Brooke Rollins
Robert F. Kennedy Jr. | RFK Jr.
Russell Vought | Russ Vought
Lee Zeldin
Sean Duffy
Dan Bongino
Mike Johnson
Chuck Schumer
Mitch McConnell
John Thune
Hakeem Jeffries
Nancy Pelosi
Kevin McCarthy
Bernie Sanders
Elizabeth Warren
Ted Cruz
Lindsey Graham
Tom Cotton
Rick Scott
Mario Díaz-Balart
María Elvira Salazar
Elise Stefanik
Mark Milley
Charles Q. Brown Jr. | CQ Brown
Dan Caine
Alvin Holsey
Laura J. Richardson | Laura Richardson
Linda Thomas-Greenfield
Ron DeSantis
Greg Abbott
Gavin Newsom
Tim Walz
Ivanka Trump
Jared Kushner
Eric Trump
Melania Trump
Donald Trump Jr. | Donald Trump Jr | Don Jr.
Jensen Huang
Tim Cook
Mark Zuckerberg
Jeff Bezos
Sam Altman
Larry Fink
Warren Buffett
Michael Bloomberg
Bill Gates
Jamie Dimon
Sergio Gor
Eric Garcetti

# --- Canada ------------------------------------------------------------------------------
Justin Trudeau | s:Trudeau
Pierre Trudeau | Pierre Elliott Trudeau
Mark Carney | s:Carney
Stephen Harper
Brian Mulroney
Jean Chrétien
Chrystia Freeland
Dominic LeBlanc
François-Philippe Champagne
Mélanie Joly
Anita Anand
Mary Ng
Maninder Sidhu
Bill Blair
David McGuinty
Marco Mendicino
Gary Anandasangaree
Marc Miller | id:marc-miller-politician
Sean Fraser
Jonathan Wilkinson
Steven Guilbeault
Tiff Macklem
Pierre Poilievre
Jagmeet Singh
Yves-François Blanchet
Doug Ford
Danielle Smith
François Legault
David Eby
Wab Kinew
Kirsten Hillman
Mary Simon
Kevin Brosseau

# --- Mexico ------------------------------------------------------------------------------
Claudia Sheinbaum | Claudia Sheinbaum Pardo | s:Sheinbaum | id:claudia-sheinbaum
Andrés Manuel López Obrador | s:López Obrador | s:AMLO!
Enrique Peña Nieto | s:Peña Nieto
Felipe Calderón
Vicente Fox
Ernesto Zedillo
Carlos Salinas de Gortari
Marcelo Ebrard | Marcelo Ebrard Casaubón
Alicia Bárcena
Juan Ramón de la Fuente
Roberto Velasco Álvarez | Roberto Velasco
Tatiana Clouthier
Raquel Buenrostro
Rogelio Ramírez de la O
Edgar Amador Zamora | Edgar Amador
Luis Cresencio Sandoval
Ricardo Trevilla Trejo | Ricardo Trevilla
José Rafael Ojeda Durán
Raymundo Pedro Morales Ángeles
Adán Augusto López Hernández | Adán Augusto López
Luisa María Alcalde | Luisa María Alcalde Luján
Rosa Icela Rodríguez
Omar García Harfuch
Victoria Rodríguez Ceja
Alejandro Díaz de León
Alejandro Gertz Manero
Ernestina Godoy | Ernestina Godoy Ramos
Xóchitl Gálvez
Ricardo Monreal
Gerardo Fernández Noroña
Clara Brugada
Rubén Rocha Moya
Marina del Pilar Ávila Olmeda | Marina del Pilar Ávila
Maru Campos | María Eugenia Campos
Joaquín Guzmán | Joaquín Guzmán Loera | El Chapo Guzmán | s:El Chapo
Ismael Zambada García | Ismael Zambada | El Mayo Zambada | s:El Mayo
Ovidio Guzmán López
Joaquín Guzmán López
Iván Archivaldo Guzmán Salazar | Iván Archivaldo Guzmán
Jesús Alfredo Guzmán Salazar
Nemesio Oseguera Cervantes | s:El Mencho
Rafael Caro Quintero
Genaro García Luna

# --- Brazil ------------------------------------------------------------------------------
Luiz Inácio Lula da Silva | s:Lula da Silva | s:Lula | id:luiz-inacio-lula-da-silva | q:Q37181
Jair Bolsonaro | Jair Messias Bolsonaro | s:Bolsonaro
Dilma Rousseff
Michel Temer
Fernando Henrique Cardoso
Hamilton Mourão
Geraldo Alckmin
Carlos Alberto Franco França | Carlos França
Mauro Vieira
Paulo Guedes
Fernando Haddad
Simone Tebet
Paulo Sérgio Nogueira de Oliveira | Paulo Sérgio Nogueira
José Múcio | José Múcio Monteiro
Anderson Torres
Flávio Dino
Ricardo Lewandowski
Rui Costa
Ciro Nogueira
Roberto Campos Neto
Gabriel Galípolo
Luís Roberto Barroso
Edson Fachin
Gilmar Mendes
Cármen Lúcia
Paulo Gonet
Celso Amorim
Flávio Bolsonaro
Michelle Bolsonaro
Carlos Bolsonaro
Tarcísio de Freitas | Tarcísio Gomes de Freitas
Marina Silva
Hugo Motta
Davi Alcolumbre
Arthur Lira
Rodrigo Pacheco
Augusto Heleno

# --- Argentina ---------------------------------------------------------------------------
Javier Milei | s:Milei
Alberto Fernández
Cristina Fernández de Kirchner | Cristina Kirchner | CFK
Néstor Kirchner
Mauricio Macri | s:Macri
Victoria Villarruel
Karina Milei
Santiago Cafiero
Diana Mondino
Gerardo Werthein
Pablo Quirno
Martín Guzmán
Silvina Batakis
Sergio Massa
Luis Caputo | Toto Caputo
Jorge Taiana
Luis Petri
Carlos Presti
Eduardo de Pedro | Wado de Pedro
Aníbal Fernández
Patricia Bullrich
Guillermo Francos
Lisandro Catalán
Alejandra Monteoliva
Manuel Adorni
Diego Santilli
Nicolás Posse
Agustín Rossi
Juan Manzur
Miguel Ángel Pesce
Santiago Bausili
Federico Sturzenegger
Axel Kicillof

# --- Chile -------------------------------------------------------------------------------
Gabriel Boric | s:Boric
José Antonio Kast | s:Kast
Sebastián Piñera | s:Piñera
Michelle Bachelet | s:Bachelet
Antonia Urrejola
Alberto van Klaveren
Mario Marcel
Nicolás Grau
Izkia Siches
Carolina Tohá
Álvaro Elizalde
Maya Fernández
Adriana Delpiano
Rosanna Costa
Evelyn Matthei
Jeannette Jara
Johannes Kaiser

# --- Colombia ----------------------------------------------------------------------------
Gustavo Petro | Gustavo Petro Urrego | s:Petro
Iván Duque | Iván Duque Márquez | s:Duque
Juan Manuel Santos
Álvaro Uribe | Álvaro Uribe Vélez
Andrés Pastrana
Ernesto Samper
César Gaviria
Francia Márquez
Álvaro Leyva
Luis Gilberto Murillo
Laura Sarabia
Rosa Yolanda Villavicencio | Yolanda Villavicencio
José Antonio Ocampo
Ricardo Bonilla
Germán Ávila
Diego Molano
Iván Velásquez
Pedro Arnulfo Sánchez
Alfonso Prada
Luis Fernando Velasco
Juan Fernando Cristo
Leonardo Villar
Germán Umaña
Luis Carlos Reyes
Rodolfo Hernández
Miguel Uribe Turbay
Vicky Dávila
Iván Cepeda
Abelardo de la Espriella
Sergio Fajardo
Claudia López
Dairo Antonio Úsuga
Pablo Escobar

# --- Venezuela, Cuba, Nicaragua ----------------------------------------------------------
Nicolás Maduro | Nicolás Maduro Moros | s:Maduro
Hugo Chávez | s:Chávez
Delcy Rodríguez
Diosdado Cabello
Vladimir Padrino López
Yván Gil | Yván Gil Pinto
Edmundo González Urrutia | Edmundo González
María Corina Machado
Juan Guaidó
Leopoldo López
Henrique Capriles
Tareck El Aissami
Cilia Flores
Héctor Guerrero Flores | Niño Guerrero
Miguel Díaz-Canel | s:Díaz-Canel
Manuel Marrero Cruz | Manuel Marrero
Bruno Rodríguez Parrilla | Bruno Rodríguez
Carlos Fernández de Cossío
Raúl Castro
Fidel Castro
Daniel Ortega | s:Ortega
Rosario Murillo
Denis Moncada
Valdrack Jaentschke

# --- Central America and the Caribbean ---------------------------------------------------
Xiomara Castro
Nasry Asfura | s:Asfura
Juan Orlando Hernández
Manuel Zelaya
Salvador Nasralla
Eduardo Enrique Reina
Nayib Bukele | s:Bukele
Alexandra Hill Tinoco
René Merino Monroy
Félix Ulloa
Bernardo Arévalo | s:Arévalo
Alejandro Giammattei | s:Giammattei
Karin Herrera
Carlos Ramiro Martínez
Mario Búcaro
Consuelo Porras
Sandra Torres
Rodrigo Chaves Robles | Rodrigo Chaves | s:Chaves
Carlos Alvarado Quesada | Carlos Alvarado
Laura Fernández Delgado
Arnoldo André Tinoco | Arnoldo André
Óscar Arias
José Raúl Mulino | s:Mulino
Laurentino Cortizo | s:Cortizo
Ricardo Martinelli
Juan Carlos Varela
Janaina Tewaney
Javier Martínez-Acha
José Gabriel Carrizo
Frank Ábrego
Ricaurte Vásquez | Ricaurte Vásquez Morales
Anel Flores
Omar Torrijos
Martín Torrijos
Manuel Noriega
Luis Abinader | s:Abinader
Leonel Fernández
Danilo Medina
Ariel Henry
Garry Conille
Alix Didier Fils-Aimé
Edgard Leblanc Fils
Leslie Voltaire
Fritz Alphonse Jean
Laurent Saint-Cyr
Jovenel Moïse
Jimmy Chérizier
Andrew Holness | s:Holness
Kamina Johnson Smith
Mark Golding
Keith Rowley | s:Rowley
Stuart Young | id:stuart-young-politician
Kamla Persad-Bissessar | s:Persad-Bissessar
Christine Kangaloo
Paula-Mae Weekes
Amery Browne
Sean Sobers
Mia Mottley | Mia Amor Mottley | s:Mottley
Sandra Mason
Kerrie Symmonds
Philip Davis | Philip Brave Davis | id:philip-davis-bahamian-politician
Fred Mitchell
Hubert Minnis
John Briceño | Johnny Briceño | s:Briceño
Francis Fonseca
Eamon Courtenay
Irfaan Ali | Mohamed Irfaan Ali
Bharrat Jagdeo
Hugh Todd
Chan Santokhi | s:Santokhi
Jennifer Geerlings-Simons
Desi Bouterse
Gaston Browne
Roosevelt Skerrit
Dickon Mitchell
Terrance Drew
Timothy Harris
Philip J. Pierre | Philip Pierre
Ralph Gonsalves
Godwin Friday

# --- Andean and Southern Cone ------------------------------------------------------------
Daniel Noboa | Daniel Noboa Azín | s:Noboa
Guillermo Lasso
Rafael Correa
Lenín Moreno
Luisa González
Verónica Abad
María José Pinto
Gabriela Sommerfeld
John Reimberg
Gian Carlo Loffredo
Juan Carlos Holguín
Fernando Villavicencio
Adolfo Macías Villamar | Adolfo Macías
Dina Boluarte | s:Boluarte
Pedro Castillo
José Jerí | s:Jerí
Alberto Fujimori
Keiko Fujimori
Martín Vizcarra
Pedro Pablo Kuczynski
Ollanta Humala
Julio Velarde
Gustavo Adrianzén
Alberto Otárola
Aníbal Torres
Eduardo Arana
Javier González-Olaechea
Elmer Schialer
Ana Cecilia Gervasi
César Landa
Hugo de Zela
Rafael López Aliaga
Luis Arce | s:Arce
Rodrigo Paz Pereira | Rodrigo Paz
Evo Morales
Jeanine Áñez
David Choquehuanca
Edmand Lara
Rogelio Mayta
Celinda Sosa
Fernando Aramayo
Marcelo Montenegro
Jorge Quiroga | Tuto Quiroga
Samuel Doria Medina
Andrónico Rodríguez
Santiago Peña
Mario Abdo Benítez
Horacio Cartes
Rubén Ramírez Lezcano
Julio César Arriola
Luis Lacalle Pou | s:Lacalle Pou
Yamandú Orsi | s:Orsi
José Mujica | Pepe Mujica
Tabaré Vázquez
Francisco Bustillo
Omar Paganini
Mario Lubetkin
Azucena Arbeleche
Gabriel Oddone
Carolina Cosse
Álvaro Delgado

# --- Australia, New Zealand --------------------------------------------------------------
Anthony Albanese | s:Albanese
Scott Morrison | s:Morrison
Malcolm Turnbull
Tony Abbott
Julia Gillard
Kevin Rudd
John Howard
Bob Hawke
Paul Keating
Penny Wong
Marise Payne
Josh Frydenberg
Jim Chalmers
Simon Birmingham
Katy Gallagher
Dan Tehan
Don Farrell
Peter Dutton
Richard Marles
Karen Andrews
Clare O'Neil
Tony Burke
Pat Conroy
Andrew Hastie
Angus Taylor | id:angus-taylor-politician
Chris Bowen
Sussan Ley
Pauline Hanson
Adam Bandt
Philip Lowe
Michele Bullock
David Hurley
Sam Mostyn
Andrew Forrest
Gina Rinehart
Christopher Luxon | s:Luxon
Jacinda Ardern
Chris Hipkins
Winston Peters

# --- China, Hong Kong, Taiwan ------------------------------------------------------------
Xi Jinping | s:Xi | q:Q15031
Li Qiang
Li Keqiang
Wang Yi
Qin Gang
Yang Jiechi
Liu He
He Lifeng
Ding Xuexiang
Zhao Leji
Wang Huning
Cai Qi
Li Xi
Han Zheng
Wang Wentao
Li Chenggang
Wei Fenghe
Li Shangfu
Dong Jun
Wang Xiaohong
Zhao Kezhi
Liu Kun
Lan Fo'an
Yi Gang
Pan Gongsheng
Zhang Youxia
He Weidong
Mao Ning
Wang Wenbin
Lin Jian
Guo Jiakun
Xie Feng
Hu Chunhua
Wang Qishan
Liu Jianchao
Hu Jintao
Jiang Zemin
Deng Xiaoping
Mao Zedong
Zhou Enlai
Sun Yat-sen
Chiang Kai-shek
Ren Zhengfei
Jack Ma
Li Ka-shing
John Lee Ka-chiu
Carrie Lam
Jimmy Lai
Lai Ching-te | William Lai
Tsai Ing-wen
Ma Ying-jeou
Hsiao Bi-khim
Cho Jung-tai
Lin Chia-lung
Joseph Wu
Eric Chu
Cheng Li-wun
Ko Wen-je
Morris Chang

# --- France ------------------------------------------------------------------------------
Emmanuel Macron | s:Macron | q:Q3052772
François Hollande
Nicolas Sarkozy
Jacques Chirac
Charles de Gaulle
Jean Castex
Élisabeth Borne
Gabriel Attal | s:Attal
Michel Barnier | s:Barnier
François Bayrou | s:Bayrou
Sébastien Lecornu | s:Lecornu
Jean-Yves Le Drian
Catherine Colonna
Stéphane Séjourné
Jean-Noël Barrot
Bruno Le Maire
Antoine Armand
Éric Lombard
Roland Lescure
Franck Riester
Olivier Becht
Sophie Primas
Laurent Saint-Martin
Nicolas Forissier
Florence Parly
Catherine Vautrin
Gérald Darmanin
Bruno Retailleau
Laurent Nuñez
François Villeroy de Galhau
Marine Le Pen
Jean-Marie Le Pen
Jordan Bardella
Jean-Luc Mélenchon
Édouard Philippe
Éric Ciotti
Raphaël Glucksmann

# --- Germany -----------------------------------------------------------------------------
Frank-Walter Steinmeier | s:Steinmeier
Olaf Scholz | s:Scholz
Friedrich Merz | s:Merz
Angela Merkel | s:Merkel | q:Q567
Helmut Kohl
Gerhard Schröder
Wolfgang Schäuble
Annalena Baerbock
Johann Wadephul
Christian Lindner
Jörg Kukies
Lars Klingbeil
Robert Habeck
Katherina Reiche
Christine Lambrecht
Boris Pistorius
Nancy Faeser
Alexander Dobrindt
Joachim Nagel
Jens Weidmann
Markus Söder
Alice Weidel
Tino Chrupalla
Sahra Wagenknecht

# --- Italy -------------------------------------------------------------------------------
Sergio Mattarella | s:Mattarella
Mario Draghi | s:Draghi
Giorgia Meloni | s:Meloni
Silvio Berlusconi | s:Berlusconi
Giuseppe Conte
Matteo Renzi
Romano Prodi
Luigi Di Maio
Antonio Tajani
Daniele Franco
Giancarlo Giorgetti
Adolfo Urso
Lorenzo Guerini
Guido Crosetto
Luciana Lamorgese
Matteo Piantedosi
Ignazio Visco
Fabio Panetta
Matteo Salvini
Elly Schlein

# --- Japan, Korea ------------------------------------------------------------------------
Fumio Kishida | s:Kishida
Shigeru Ishiba | s:Ishiba
Sanae Takaichi | s:Takaichi
Shinzo Abe | Shinzō Abe
Yoshihide Suga
Yoshihiko Noda
Naruhito
Yoshimasa Hayashi
Yoko Kamikawa | Yōko Kamikawa
Takeshi Iwaya
Toshimitsu Motegi
Shunichi Suzuki | Shun'ichi Suzuki
Katsunobu Kato | Katsunobu Katō
Satsuki Katayama
Koichi Hagiuda
Yasutoshi Nishimura
Ken Saito | Ken Saitō
Yoji Muto
Ryosei Akazawa
Nobuo Kishi
Yasukazu Hamada
Minoru Kihara
Gen Nakatani
Shinjiro Koizumi | Shinjirō Koizumi
Haruhiko Kuroda
Kazuo Ueda
Yuichiro Tamaki
Lee Jae-myung | Lee Jae Myung
Yoon Suk Yeol | Yoon Suk-yeol | s:Yoon
Moon Jae-in | Moon Jae In
Park Geun-hye
Han Duck-soo
Choi Sang-mok
Lee Ju-ho
Kim Boo-kyum
Kim Min-seok
Chung Eui-yong
Park Jin
Cho Tae-yul
Cho Hyun
Hong Nam-ki
Choo Kyung-ho
Koo Yun-cheol
Yeo Han-koo
Ahn Duk-geun
Lee Chang-yang
Kim Jung-kwan
Suh Wook
Lee Jong-sup
Shin Won-sik
Kim Yong-hyun
Ahn Gyu-back
Lee Sang-min
Yun Ho-jung
Rhee Chang-yong
Lee Ju-yeol
Kim Jong Un | Kim Jong-un
Kim Yo Jong | Kim Yo-jong
Kim Jong Il | Kim Jong-il
Kim Il Sung | Kim Il-sung
Choe Son Hui

# --- India and South Asia ----------------------------------------------------------------
Narendra Modi | s:Modi | q:Q1058
Droupadi Murmu | s:Murmu
Ram Nath Kovind
Venkaiah Naidu | M. Venkaiah Naidu
Jagdeep Dhankhar
C. P. Radhakrishnan | C.P. Radhakrishnan
S. Jaishankar | Subrahmanyam Jaishankar | s:Jaishankar
Nirmala Sitharaman
Piyush Goyal
Rajnath Singh
Amit Shah
Shaktikanta Das
Sanjay Malhotra
Ajit Doval
Vikram Misri
Vinay Mohan Kwatra
Rahul Gandhi
Sonia Gandhi
Mallikarjun Kharge
Manmohan Singh
Indira Gandhi
Jawaharlal Nehru
Mahatma Gandhi
Upendra Dwivedi
Mukesh Ambani
Gautam Adani
Ratan Tata
N. Chandrasekaran
Arvind Kejriwal
Mamata Banerjee
Yogi Adityanath
J. P. Nadda | J.P. Nadda
Nitin Gadkari
Shehbaz Sharif
Nawaz Sharif
Imran Khan
Asim Munir
Asif Ali Zardari
Ishaq Dar
Bilawal Bhutto Zardari

# --- Indonesia and Southeast Asia --------------------------------------------------------
Joko Widodo | s:Jokowi | s:Widodo
Prabowo Subianto | s:Prabowo
Ma'ruf Amin
Gibran Rakabuming Raka | Gibran Rakabuming
Retno Marsudi
Sugiono
Sri Mulyani Indrawati | Sri Mulyani
Purbaya Yudhi Sadewa
Airlangga Hartarto
Zulkifli Hasan
Sjafrie Sjamsoeddin
Tito Karnavian
Perry Warjiyo
Megawati Sukarnoputri
Sukarno
Suharto
Susilo Bambang Yudhoyono
Anies Baswedan
Ganjar Pranowo
Luhut Binsar Pandjaitan
Ferdinand Marcos Jr. | Ferdinand Marcos Jr | Ferdinand R. Marcos Jr. | Bongbong Marcos | s:Marcos
Ferdinand Marcos
Imelda Marcos
Rodrigo Duterte | s:Duterte
Sara Duterte
Enrique Manalo
Theresa Lazaro
Gilberto Teodoro | Gibo Teodoro
Ralph Recto
Eli Remolona
Eduardo Año
Benhur Abalos
Jonvic Remulla
Alfredo Pascual
Leni Robredo
Lawrence Wong
Lee Hsien Loong
Vivian Balakrishnan
Anwar Ibrahim
Tô Lâm
Phạm Minh Chính
Nguyễn Phú Trọng
Paetongtarn Shinawatra
Anutin Charnvirakul
Srettha Thavisin
Thaksin Shinawatra
Hun Manet
Hun Sen
Min Aung Hlaing
Aung San Suu Kyi
Kao Kim Hourn

# --- Russia, Ukraine, Belarus, Caucasus, Central Asia ------------------------------------
Vladimir Putin | Vladimir Vladimirovich Putin | s:Putin | q:Q7747
Dmitry Medvedev | Dmitri Medvedev | s:Medvedev
Mikhail Mishustin | s:Mishustin
Sergey Lavrov | Sergei Lavrov | s:Lavrov
Anton Siluanov
Maxim Reshetnikov
Denis Manturov
Alexander Novak | Aleksandr Novak
Sergei Shoigu | Sergey Shoigu
Andrei Belousov | Andrey Belousov
Vladimir Kolokoltsev
Elvira Nabiullina
Dmitry Peskov | Dmitri Peskov
Maria Zakharova
Valery Gerasimov
Kirill Dmitriev
Yuri Ushakov
Alexei Navalny | Alexey Navalny | Aleksei Navalny | s:Navalny
Yulia Navalnaya
Yevgeny Prigozhin | Evgeny Prigozhin
Nikolai Patrushev
Alexander Bortnikov
Sergey Naryshkin | Sergei Naryshkin
Vyacheslav Volodin
Valentina Matviyenko
Ramzan Kadyrov
Alexei Miller | Alexey Miller
Igor Sechin
Dmitry Kozak
Vasily Nebenzya
Mikhail Gorbachev
Boris Yeltsin
Joseph Stalin
Vladimir Lenin
Volodymyr Zelenskyy | Volodymyr Zelensky | s:Zelenskyy | s:Zelensky
Denys Shmyhal
Yulia Svyrydenko
Dmytro Kuleba
Andrii Sybiha | Andriy Sybiha
Rustem Umerov
Oleksii Reznikov | Oleksiy Reznikov
Andriy Yermak | Andrii Yermak
Valerii Zaluzhnyi | Valery Zaluzhny
Oleksandr Syrskyi
Kyrylo Budanov
Petro Poroshenko
Viktor Yanukovych
Alexander Lukashenko | Aleksandr Lukashenko | Alyaksandr Lukashenka | s:Lukashenko
Sviatlana Tsikhanouskaya
Irakli Kobakhidze
Bidzina Ivanishvili
Salome Zourabichvili
Mikheil Kavelashvili
Nikol Pashinyan
Ilham Aliyev
Kassym-Jomart Tokayev
Aleksandar Vučić

# --- Middle East -------------------------------------------------------------------------
Mohammed bin Salman | Muhammad bin Salman | Mohammad bin Salman | Mohammed bin Salman Al Saud | s:MBS
Salman of Saudi Arabia | Salman bin Abdulaziz | Salman bin Abdulaziz Al Saud
Faisal bin Farhan Al Saud | Faisal bin Farhan
Mohammed Al-Jadaan | Mohammed al-Jadaan
Majid Al-Qasabi | Majid al-Qasabi
Abdulaziz bin Salman | Abdulaziz bin Salman Al Saud
Khalid bin Salman | Khalid bin Salman Al Saud
Abdulaziz bin Saud bin Naif
Ayman Al-Sayari | Ayman al-Sayari
Fahad Al-Mubarak
Khalid Al-Falih | Khalid al-Falih
Adel al-Jubeir | Adel Al-Jubeir
Mohamed bin Zayed Al Nahyan | Mohamed bin Zayed | MBZ
Tamim bin Hamad Al Thani
Mohammed bin Abdulrahman bin Jassim Al Thani | Mohammed bin Abdulrahman Al Thani
Benjamin Netanyahu | s:Netanyahu
Isaac Herzog
Yair Lapid
Naftali Bennett
Gideon Sa'ar
Israel Katz
Yoav Gallant
Benny Gantz
Itamar Ben-Gvir
Bezalel Smotrich
Ron Dermer
Mahmoud Abbas
Mohammad Mustafa
Yahya Sinwar
Ismail Haniyeh
Hassan Nasrallah
Naim Qassem
Ali Khamenei | s:Khamenei
Masoud Pezeshkian | s:Pezeshkian
Ebrahim Raisi
Hassan Rouhani
Abbas Araghchi
Hossein Amir-Abdollahian
Mohammad Javad Zarif
Qasem Soleimani
Ali Larijani
Bashar al-Assad | s:Assad
Ahmed al-Sharaa | Abu Mohammad al-Julani
Abdel Fattah el-Sisi | Abdel Fattah al-Sisi

# --- Africa ------------------------------------------------------------------------------
Cyril Ramaphosa | s:Ramaphosa
Jacob Zuma | s:Zuma
Thabo Mbeki | s:Mbeki
Nelson Mandela | s:Mandela | q:Q8023
Paul Mashatile
David Mabuza
Naledi Pandor
Ronald Lamola
Enoch Godongwana
Ebrahim Patel
Parks Tau
Thandi Modise
Angie Motshekga
Bheki Cele
Senzo Mchunu
Firoz Cachalia
Aaron Motsoaledi
Leon Schreiber
Lesetja Kganyago
John Steenhuisen
Julius Malema
Helen Zille
Gwede Mantashe
Geordin Hill-Lewis
Kgosientsho Ramokgopa
Fikile Mbalula
Pieter Groenewald
Gayton McKenzie
Velenkosini Hlabisa
Mmusi Maimane
Herman Mashaba
Bola Tinubu
William Ruto
Abiy Ahmed
Moussa Faki | Moussa Faki Mahamat
Mahmoud Ali Youssouf

# --- Türkiye -----------------------------------------------------------------------------
Recep Tayyip Erdoğan | s:Erdoğan
Fuat Oktay
Cevdet Yılmaz
Mevlüt Çavuşoğlu
Hakan Fidan
Nureddin Nebati
Mehmet Şimşek
Mehmet Muş
Ömer Bolat
Hulusi Akar
Yaşar Güler
Süleyman Soylu
Ali Yerlikaya
Şahap Kavcıoğlu
Hafize Gaye Erkan
Fatih Karahan
Ekrem İmamoğlu
Kemal Kılıçdaroğlu
Özgür Özel
İbrahim Kalın
Devlet Bahçeli
Mustafa Kemal Atatürk | s:Atatürk

# --- United Kingdom ----------------------------------------------------------------------
Keir Starmer | s:Starmer
Rishi Sunak | s:Sunak
Liz Truss
Boris Johnson
Theresa May
David Cameron
Gordon Brown
Tony Blair
Margaret Thatcher | s:Thatcher
Winston Churchill | q:Q8016
Elizabeth II
Charles III
James Cleverly
David Lammy
Yvette Cooper
Nadhim Zahawi
Kwasi Kwarteng
Jeremy Hunt
Rachel Reeves
Anne-Marie Trevelyan
Kemi Badenoch
Jonathan Reynolds
Peter Kyle
Ben Wallace | id:ben-wallace-politician
Grant Shapps
John Healey
Priti Patel
Suella Braverman
Shabana Mahmood
Andrew Bailey | id:andrew-bailey-banker
Nigel Farage
Angela Rayner
Ed Davey
Peter Mandelson
Douglas Alexander
Pat McFadden
Nick Thomas-Symonds
Dominic Raab
Michael Gove
Robert Jenrick
Penny Mordaunt

# --- EU institutions and international organisations -----------------------------------
Ursula von der Leyen | s:von der Leyen
Charles Michel
António Costa
Josep Borrell
Kaja Kallas
Valdis Dombrovskis
Maroš Šefčovič
Roberta Metsola
Christine Lagarde
Thierry Breton
Teresa Ribera
Henna Virkkunen
Marta Kos
Olivér Várhelyi
Andrius Kubilius
Dubravka Šuica
Magnus Brunner
Wopke Hoekstra
Frans Timmermans
Margrethe Vestager
Paolo Gentiloni
Maria Luís Albuquerque
Jozef Síkela
Piotr Serafin
Dan Jørgensen
Apostolos Tzitzikostas
Costas Kadis
Jessika Roswall
Hadja Lahbib
Glenn Micallef
Christophe Hansen
Ekaterina Zaharieva
Raffaele Fitto
Roxana Mînzatu
António Guterres | s:Guterres
Ban Ki-moon
Kofi Annan
Amina J. Mohammed | Amina Mohammed
Volker Türk
Rebeca Grynspan
José Manuel Salazar-Xirinachs
Ngozi Okonjo-Iweala
Kristalina Georgieva
Gita Gopinath
Ajay Banga
David Malpass
Jens Stoltenberg
Mark Rutte | s:Rutte
Luis Almagro
Albert Ramdin
Ilan Goldfajn
Mathias Cormann
Tedros Adhanom Ghebreyesus
Rafael Grossi | Rafael Mariano Grossi
Filippo Grandi
Barham Salih
Karim Ahmad Khan | Karim Khan
Agustín Carstens
Pablo Hernández de Cos
Haitham al-Ghais
Fatih Birol
Klaus Schwab
Børge Brende
Pope Francis
Pope Leo XIV | Leo XIV | Robert Francis Prevost | Robert Prevost

# --- Switzerland, Norway -----------------------------------------------------------------
Karin Keller-Sutter | s:Keller-Sutter
Guy Parmelin | s:Parmelin
Ignazio Cassis
Viola Amherd
Alain Berset
Martin Pfister
Beat Jans
Albert Rösti
Elisabeth Baume-Schneider
Ueli Maurer
Simonetta Sommaruga
Thomas Jordan
Martin Schlegel
Helene Budliger Artieda
Jonas Gahr Støre | s:Støre
Espen Barth Eide
Erna Solberg

# --- Denmark and Greenland ---------------------------------------------------------------
Mette Frederiksen | s:Frederiksen
Frederik X
Margrethe II
Lars Løkke Rasmussen
Anders Fogh Rasmussen
Jeppe Kofod
Nicolai Wammen
Troels Lund Poulsen
Stephanie Lose
Morten Bødskov
Jakob Ellemann-Jensen
Peter Hummelgaard
Lars Rohde
Christian Kettel Thomsen
Múte Bourup Egede | Múte B. Egede | s:Egede
Jens-Frederik Nielsen
Vivian Motzfeldt
Aaja Chemnitz
Pele Broberg
Kim Kielsen

# --- Baltic and Nordic EU members --------------------------------------------------------
Gitanas Nausėda | s:Nausėda
Ingrida Šimonytė | s:Šimonytė
Gintautas Paluckas | s:Paluckas
Inga Ruginienė | s:Ruginienė
Gabrielius Landsbergis
Vytautas Landsbergis
Kęstutis Budrys
Gintarė Skaistė
Rimantas Šadžius
Kristupas Vaitiekūnas
Aušrinė Armonaitė
Lukas Savickas
Arvydas Anušauskas
Laurynas Kasčiūnas
Dovilė Šakalienė
Robertas Kaunas
Agnė Bilotaitė
Vladislav Kondratovič
Gediminas Šimkus
Remigijus Žemaitaitis
Egils Levits
Edgars Rinkēvičs | s:Rinkēvičs
Krišjānis Kariņš | s:Kariņš
Evika Siliņa | s:Siliņa
Baiba Braže
Jānis Reirs
Arvils Ašeradens
Artis Pabriks
Ināra Mūrniece
Andris Sprūds
Rihards Kozlovskis
Alar Karis
Kristen Michal
Urmas Reinsalu
Margus Tsahkna
Keit Pentus-Rosimannus
Mart Võrklaev
Jürgen Ligi
Hanno Pevkur
Lauri Läänemets
Igor Taro
Kalle Laanet
Sauli Niinistö | s:Niinistö
Alexander Stubb | s:Stubb
Sanna Marin
Petteri Orpo | s:Orpo
Pekka Haavisto
Elina Valtonen
Annika Saarikko
Riikka Purra
Antti Kaikkonen
Antti Häkkänen
Krista Mikkonen
Mari Rantanen
Ville Tavio
Olli Rehn
Ulf Kristersson | s:Kristersson
Magdalena Andersson
Carl XVI Gustaf
Ann Linde
Tobias Billström
Maria Malmer Stenergard
Mikael Damberg
Elisabeth Svantesson
Johan Forssell
Benjamin Dousa
Peter Hultqvist
Pål Jonson
Gunnar Strömmer
Stefan Ingves
Erik Thedéen
Jimmie Åkesson

# --- Benelux, Austria, Ireland -----------------------------------------------------------
Dick Schoof | s:Schoof
Rob Jetten
Willem-Alexander of the Netherlands | Willem-Alexander
Hanke Bruins Slot
Caspar Veldkamp
David van Weel
Sigrid Kaag
Steven van Weyenberg
Eelco Heinen
Liesje Schreinemacher
Geoffrey van Leeuwen
Reinette Klever
Kajsa Ollongren
Ruben Brekelmans
Dilan Yeşilgöz | Dilan Yeşilgöz-Zegerius
Geert Wilders
Klaas Knot
Olaf Sleijpen
Alexander De Croo | s:De Croo
Bart De Wever | s:De Wever
Bernard Quintin
Maxime Prévot
Vincent Van Peteghem
Jan Jambon
Ludivine Dedonder
Theo Francken
Annelies Verlinden
Sophie Wilmès
Pierre Wunsch
Xavier Bettel
Luc Frieden | s:Frieden
Jean Asselborn
Alexander Van der Bellen | s:Van der Bellen
Karl Nehammer | s:Nehammer
Christian Stocker
Alexander Schallenberg
Beate Meinl-Reisinger
Markus Marterbauer
Martin Kocher
Wolfgang Hattmannsdorfer
Klaudia Tanner
Gerhard Karner
Herbert Kickl
Robert Holzmann
Andreas Babler
Sebastian Kurz
Michael D. Higgins
Catherine Connolly
Micheál Martin
Leo Varadkar | s:Varadkar
Simon Harris
Simon Coveney
Helen McEntee
Paschal Donohoe
Mary Lou McDonald

# --- Southern Europe ---------------------------------------------------------------------
Pedro Sánchez | Pedro Sánchez Pérez-Castejón
Felipe VI
José Manuel Albares
Nadia Calviño
Carlos Cuerpo
María Jesús Montero
Margarita Robles
Fernando Grande-Marlaska
José Luis Escrivá
Alberto Núñez Feijóo | s:Feijóo
Santiago Abascal
Yolanda Díaz
Carles Puigdemont
Mariano Rajoy
José María Aznar
Marcelo Rebelo de Sousa | s:Rebelo de Sousa
António José Seguro
Luís Montenegro
João Gomes Cravinho
Paulo Rangel
Fernando Medina
Joaquim Miranda Sarmento
Helena Carreiras
Nuno Melo
José Luís Carneiro
Margarida Blasco
Maria Lúcia Amaral
André Ventura
Mário Centeno
Álvaro Santos Pereira
Pedro Nuno Santos
Kyriakos Mitsotakis | s:Mitsotakis
Katerina Sakellaropoulou
Konstantinos Tasoulas
Nikos Dendias
Giorgos Gerapetritis | George Gerapetritis
Christos Staikouras
Kostis Hatzidakis
Kyriakos Pierrakakis
Takis Theodorikakos
Michalis Chrysochoidis
Yannis Stournaras
Alexis Tsipras
Nikos Christodoulides | s:Christodoulides
Nicos Anastasiades
Ioannis Kasoulides
Constantinos Kombos
Makis Keravnos
Robert Abela
George Vella
Myriam Spiteri Debono
Ian Borg
Andrej Plenković | s:Plenković
Zoran Milanović | s:Milanović
Gordan Grlić Radman
Zdravko Marić
Marko Primorac
Mario Banožić
Ivan Anušić
Davor Božinović
Robert Golob | s:Golob
Nataša Pirc Musar
Borut Pahor
Janez Janša | s:Janša
Tanja Fajon
Anže Logar
Klemen Boštjančič
Marjan Šarec
Borut Sajovic
Aleš Hojs
Tatjana Bobnar
Boštjan Poklukar

# --- Central and Eastern EU members, Moldova ---------------------------------------------
Robert Fico | s:Fico
Peter Pellegrini | s:Pellegrini
Zuzana Čaputová | s:Čaputová
Eduard Heger
Ľudovít Ódor
Ivan Korčok
Rastislav Káčer
Miroslav Wlachovský
Juraj Blanár
Igor Matovič
Ladislav Kamenický
Jaroslav Naď
Martin Sklenár
Robert Kaliňák
Roman Mikulec
Matúš Šutaj Eštok
Michal Šimečka
Petr Pavel
Miloš Zeman | s:Zeman
Petr Fiala | s:Fiala
Andrej Babiš | s:Babiš
Jan Lipavský
Petr Macinka
Zbyněk Stanjura
Alena Schillerová
Jana Černochová
Jaromír Zůna
Vít Rakušan
Lubomír Metnar
Lukáš Vlček
Karel Havlíček
Aleš Michl
Tomio Okamura
Viktor Orbán | s:Orbán
Katalin Novák
Tamás Sulyok
Péter Szijjártó
Mihály Varga
Márton Nagy
Kristóf Szalay-Bobrovniczky
Sándor Pintér
György Matolcsy
Péter Magyar
Judit Varga
Balázs Orbán
Andrzej Duda | s:Duda
Karol Nawrocki | s:Nawrocki
Donald Tusk | s:Tusk
Mateusz Morawiecki | s:Morawiecki
Beata Szydło
Zbigniew Rau
Radosław Sikorski
Magdalena Rzeczkowska
Andrzej Domański
Waldemar Buda
Mariusz Błaszczak
Władysław Kosiniak-Kamysz
Mariusz Kamiński
Marcin Kierwiński
Tomasz Siemoniak
Adam Glapiński
Jarosław Kaczyński
Lech Kaczyński
Rafał Trzaskowski
Szymon Hołownia
Sławomir Mentzen
Krzysztof Bosak
Włodzimierz Czarzasty
Rumen Radev | s:Radev
Iliana Iotova
Kiril Petkov
Galab Donev
Nikolai Denkov
Dimitar Glavchev
Rosen Zhelyazkov
Teodora Genchovska
Ivan Kondov
Mariya Gabriel
Georg Georgiev
Asen Vassilev
Rositsa Velkova
Temenuzhka Petkova
Todor Tagarev
Atanas Zapryanov
Kalin Stoyanov
Daniel Mitov
Boyko Borisov
Delyan Peevski
Dimitar Radev
Klaus Iohannis | s:Iohannis
Nicușor Dan
Ilie Bolojan | s:Bolojan
Marcel Ciolacu | s:Ciolacu
Nicolae Ciucă
Cătălin Predoiu
Bogdan Aurescu
Luminița Odobescu
Emil Hurezeanu
Oana Țoiu
Adrian Câciu
Marcel Boloș
Tánczos Barna
Alexandru Nazare
Vasile Dîncu
Angel Tîlvăr
Ionuț Moșteanu
Radu Miruță
Lucian Bode
Mugur Isărescu
Călin Georgescu
George Simion
Elena Lasconi
Crin Antonescu
Victor Ponta
Maia Sandu | s:Sandu
Dorin Recean | s:Recean
Alexandru Munteanu
Natalia Gavrilița | s:Gavrilița
Nicu Popescu
Mihai Popșoi
Ilan Shor | Ilan Șor
Igor Dodon
Vlad Plahotniuc
Evghenia Guțul
Vladimir Voronin
Igor Grosu
Anatolie Nosatîi
Vadim Krasnoselsky
"""

# ---------------------------------------------------------------------------------------
# ORG
# ---------------------------------------------------------------------------------------
ORG = r"""
# --- United Nations system ---------------------------------------------------------------
United Nations | UN | U.N. | id:united-nations | q:Q1065
United Nations Security Council | UN Security Council | U.N. Security Council | Security Council | UNSC
United Nations General Assembly | UN General Assembly | U.N. General Assembly | UNGA
United Nations Secretariat | UN Secretariat
United Nations Human Rights Council | UN Human Rights Council | UNHRC
Office of the United Nations High Commissioner for Human Rights | OHCHR | UN Human Rights Office
United Nations High Commissioner for Refugees | UNHCR | UN Refugee Agency | UN refugee agency
UNICEF
UNESCO
United Nations Development Programme | UNDP
United Nations Environment Programme | UNEP
United Nations Office on Drugs and Crime | UNODC
United Nations Conference on Trade and Development | UNCTAD | UN Trade and Development
World Food Programme | WFP
World Health Organization | WHO | id:world-health-organization
Food and Agriculture Organization | FAO
International Labour Organization | ILO
International Atomic Energy Agency | IAEA
International Organization for Migration | IOM
Economic Commission for Latin America and the Caribbean | ECLAC | CEPAL
UNRWA
Intergovernmental Panel on Climate Change | IPCC
International Telecommunication Union | ITU
World Intellectual Property Organization | WIPO
United Nations Industrial Development Organization | UNIDO
International Civil Aviation Organization | ICAO
International Maritime Organization | IMO
World Meteorological Organization | WMO
Office for the Coordination of Humanitarian Affairs | OCHA
United Nations Population Fund | UNFPA
UNAIDS
UN Women
United Nations Interim Force in Lebanon | UNIFIL
MONUSCO
United Nations Integrated Office in Haiti | BINUH
United Nations Stabilisation Mission in Haiti | MINUSTAH
Multinational Security Support Mission in Haiti | Multinational Security Support Mission
Gang Suppression Force
International Court of Justice | ICJ
International Criminal Court | ICC
Permanent Court of Arbitration | PCA
International Tribunal for the Law of the Sea | ITLOS
International Centre for Settlement of Investment Disputes | ICSID

# --- economic and financial institutions ------------------------------------------------
World Trade Organization | World Trade Organisation | WTO | id:world-trade-organization | q:Q7825
Appellate Body | WTO Appellate Body
Dispute Settlement Body | WTO Dispute Settlement Body
International Monetary Fund | IMF | id:imf | q:Q7804
World Bank | q:Q7164
World Bank Group
International Finance Corporation | IFC
Multilateral Investment Guarantee Agency | MIGA
International Bank for Reconstruction and Development | IBRD
Inter-American Development Bank | IDB | IADB
Asian Development Bank | ADB
African Development Bank | AfDB!
European Investment Bank | EIB
European Bank for Reconstruction and Development | EBRD
Asian Infrastructure Investment Bank | AIIB
New Development Bank | NDB | BRICS bank
CAF – Development Bank of Latin America and the Caribbean | Development Bank of Latin America | Development Bank of Latin America and the Caribbean
Central American Bank for Economic Integration | CABEI
Caribbean Development Bank
Islamic Development Bank
Bank for International Settlements
Financial Stability Board
Paris Club
OECD | Organisation for Economic Co-operation and Development | Organization for Economic Cooperation and Development
OPEC | Organization of the Petroleum Exporting Countries | q:Q7795
OPEC+ | OPEC Plus | id:opec-plus
International Energy Agency | IEA
International Renewable Energy Agency | IRENA
Financial Action Task Force | FATF
World Economic Forum | WEF

# --- political and security groupings ---------------------------------------------------
NATO | North Atlantic Treaty Organization | North Atlantic Treaty Organisation | OTAN | id:nato | q:Q7184
G7 | G-7 | Group of Seven
G20 | G-20 | Group of Twenty | id:g20 | q:Q19771
G8 | G-8 | Group of Eight
Group of 77 | G77 | G-77
BRICS | BRICS+ | id:brics
Quadrilateral Security Dialogue | Quad | id:quad
AUKUS
Five Eyes
Shanghai Cooperation Organisation | Shanghai Cooperation Organization | SCO
Asia-Pacific Economic Cooperation | APEC
ASEAN | Association of Southeast Asian Nations
ASEAN Regional Forum
African Union | AU
African Union Commission | AU Commission
Economic Community of West African States | ECOWAS
Southern African Development Community | SADC
Gulf Cooperation Council | GCC
Arab League | League of Arab States
Organisation of Islamic Cooperation | Organization of Islamic Cooperation | OIC
Organization of American States | OAS
Community of Latin American and Caribbean States | CELAC
Mercosur | MERCOSUR | Mercosul | Southern Common Market
Pacific Alliance
Andean Community
Caribbean Community | CARICOM
Central American Integration System | SICA
ALBA | Bolivarian Alliance for the Peoples of Our America
Union of South American Nations | UNASUR
Lima Group
Amazon Cooperation Treaty Organization | ACTO
Organization for Security and Co-operation in Europe | OSCE
Council of Europe
Collective Security Treaty Organization | CSTO
Eurasian Economic Union | EAEU
Commonwealth of Nations
Commonwealth of Independent States
Visegrád Group | Visegrad Group | V4
Weimar Triangle
Three Seas Initiative
Bucharest Nine | B9
Nordic Council
Council of the Baltic Sea States
Arctic Council
Pacific Islands Forum
Indo-Pacific Economic Framework | Indo-Pacific Economic Framework for Prosperity | IPEF
Minerals Security Partnership
Shield of the Americas
China–Central and Eastern European Countries Cooperation | 17+1 | 16+1 | 14+1 | China–CEEC | id:china-central-and-eastern-european-countries-cooperation
Belt and Road Initiative | Belt and Road | One Belt, One Road | BRI
African Continental Free Trade Area | AfCFTA!
Interpol | INTERPOL
Europol
Frontex
Eurojust
European Public Prosecutor's Office | EPPO
International Committee of the Red Cross | ICRC
Red Cross
Amnesty International
Human Rights Watch
Médecins Sans Frontières | Doctors Without Borders | MSF
Transparency International
Inter-American Commission on Human Rights | IACHR
Inter-American Court of Human Rights
European Court of Human Rights | ECtHR!

# --- European Union institutions (the EU itself is listed elsewhere) ---------------------
European Commission | id:european-commission | q:Q8880
European Council
Council of the European Union | Council of the EU
European Parliament
European Central Bank | ECB
Court of Justice of the European Union | CJEU
European Court of Justice | ECJ
European External Action Service | EEAS
Eurogroup
Eurostat
European Defence Agency
European Medicines Agency
European Court of Auditors
European Stability Mechanism
Directorate-General for Trade | DG Trade
Security Action for Europe | SAFE
Reform and Growth Facility for Moldova | Reform and Growth Facility
Ukraine Facility

# --- United States: government ----------------------------------------------------------
United States Congress | Congress | US Congress | U.S. Congress | American Congress | id:us-congress
United States Senate | Senate | US Senate | U.S. Senate | id:us-senate
United States House of Representatives | House of Representatives | US House of Representatives | U.S. House of Representatives | US House | U.S. House | id:us-house-of-representatives
United States Senate Committee on Foreign Relations | Senate Foreign Relations Committee | Senate Committee on Foreign Relations
United States House Committee on Foreign Affairs | House Foreign Affairs Committee | House Committee on Foreign Affairs
United States Senate Committee on Armed Services | Senate Armed Services Committee
United States House Committee on Armed Services | House Armed Services Committee
United States House Committee on Ways and Means | House Ways and Means Committee | Ways and Means Committee
United States Senate Committee on Finance | Senate Finance Committee
United States House Select Committee on the Chinese Communist Party | House Select Committee on the CCP | House Select Committee on China
Congressional Research Service | CRS
Government Accountability Office | GAO
Congressional Budget Office | CBO
White House | id:white-house
Executive Office of the President of the United States | Executive Office of the President
United States National Security Council | National Security Council | NSC
National Economic Council
Office of Management and Budget | OMB
Council of Economic Advisers
Department of Government Efficiency | DOGE
Supreme Court of the United States | Supreme Court | US Supreme Court | U.S. Supreme Court | United States Supreme Court
United States Court of International Trade | Court of International Trade | US Court of International Trade
United States Court of Appeals for the Federal Circuit | Federal Circuit
United States Department of Justice | Department of Justice | Justice Department | US Department of Justice | U.S. Department of Justice | US Justice Department | U.S. Justice Department | DOJ | DoJ! | id:us-department-of-justice
United States Department of State | State Department | Department of State | US State Department | U.S. State Department | US Department of State | U.S. Department of State | id:us-department-of-state
United States Department of the Treasury | Treasury | Department of the Treasury | Treasury Department | US Treasury | U.S. Treasury | US Treasury Department | U.S. Treasury Department | US Department of the Treasury | U.S. Department of the Treasury | id:us-department-of-the-treasury
United States Department of Defense | Pentagon | Department of Defense | Defense Department | US Department of Defense | U.S. Department of Defense | Department of War | War Department | US Department of War | DoD! | DOD | id:us-department-of-defense
United States Department of Homeland Security | Department of Homeland Security | Homeland Security Department | US Department of Homeland Security | DHS | id:us-department-of-homeland-security
United States Department of Commerce | Commerce Department | Department of Commerce | US Department of Commerce | US Commerce Department | id:us-department-of-commerce
United States Department of Energy | Department of Energy | Energy Department | US Department of Energy | id:us-department-of-energy
United States Department of Agriculture | Department of Agriculture | Agriculture Department | US Department of Agriculture | USDA | id:us-department-of-agriculture
United States Department of Labor | Department of Labor | Labor Department | US Department of Labor | id:us-department-of-labor
United States Department of Health and Human Services | Department of Health and Human Services | HHS | id:us-department-of-health-and-human-services
United States Department of the Interior | Department of the Interior | Interior Department | id:us-department-of-the-interior
United States Department of Transportation | Department of Transportation | id:us-department-of-transportation
Office of the United States Trade Representative | Office of the U.S. Trade Representative | Office of the US Trade Representative | USTR | id:office-of-the-us-trade-representative
Office of Foreign Assets Control | OFAC
Bureau of Industry and Security
Committee on Foreign Investment in the United States | CFIUS
United States International Trade Commission | US International Trade Commission | USITC | International Trade Commission
Central Intelligence Agency | CIA | id:cia
Drug Enforcement Administration | DEA | id:dea
Federal Bureau of Investigation | FBI
National Security Agency
Office of the Director of National Intelligence | ODNI
U.S. Immigration and Customs Enforcement | Immigration and Customs Enforcement | ICE
U.S. Customs and Border Protection | Customs and Border Protection | CBP
United States Border Patrol | Border Patrol | US Border Patrol | U.S. Border Patrol
U.S. Citizenship and Immigration Services | USCIS
Bureau of Alcohol, Tobacco, Firearms and Explosives | ATF
United States Secret Service | Secret Service
Transportation Security Administration | TSA
Federal Emergency Management Agency | FEMA
NASA
United States Agency for International Development | USAID | US Agency for International Development | U.S. Agency for International Development
United States International Development Finance Corporation | Development Finance Corporation | US International Development Finance Corporation | DFC
Export–Import Bank of the United States | Export-Import Bank | U.S. Export-Import Bank | US Export-Import Bank | Ex-Im Bank | EXIM | EXIM Bank
Millennium Challenge Corporation
Peace Corps
President's Emergency Plan for AIDS Relief | PEPFAR
United States Census Bureau | Census Bureau
Bureau of Labor Statistics
U.S. Securities and Exchange Commission | Securities and Exchange Commission | SEC
Federal Trade Commission | FTC
Federal Communications Commission | FCC
United States Environmental Protection Agency | Environmental Protection Agency | EPA
Federal Reserve | Federal Reserve System | Federal Reserve Board | US Federal Reserve | U.S. Federal Reserve | Fed
Federal Reserve Bank of New York | New York Fed
United States Armed Forces | US Armed Forces | U.S. Armed Forces
United States Army | U.S. Army | US Army
United States Navy | U.S. Navy | US Navy
United States Air Force | U.S. Air Force | US Air Force
United States Marine Corps | U.S. Marine Corps | US Marine Corps | Marine Corps
United States Space Force | U.S. Space Force | US Space Force | Space Force
United States Coast Guard | U.S. Coast Guard | US Coast Guard
National Guard | id:national-guard-united-states
Joint Chiefs of Staff
United States Southern Command | U.S. Southern Command | US Southern Command | Southern Command | SOUTHCOM | Southcom
United States Northern Command | U.S. Northern Command | US Northern Command | Northern Command | NORTHCOM | Northcom
United States Indo-Pacific Command | U.S. Indo-Pacific Command | US Indo-Pacific Command | Indo-Pacific Command | INDOPACOM
United States Central Command | U.S. Central Command | US Central Command | Central Command | CENTCOM
United States European Command | U.S. European Command | US European Command | EUCOM
United States Africa Command | U.S. Africa Command | US Africa Command | AFRICOM
North American Aerospace Defense Command | NORAD
Republican Party | GOP | id:republican-party-united-states
Democratic Party | id:democratic-party-united-states
Make America Great Again | MAGA
Heritage Foundation
Brookings Institution
Center for Strategic and International Studies
Council on Foreign Relations
RAND Corporation
Atlantic Council
Carnegie Endowment for International Peace
Peterson Institute for International Economics | PIIE
Wilson Center
Inter-American Dialogue
Harvard University | Harvard
Columbia University

# --- Mexico ------------------------------------------------------------------------------
Bank of Mexico | Banxico | Banco de México | id:bank-of-mexico
Congress of the Union | Mexican Congress | Congress of Mexico | Congreso de la Unión
Mexican Senate | Senado de la República | id:senate-of-the-republic-mexico
Mexican Chamber of Deputies | Cámara de Diputados | id:chamber-of-deputies-mexico
Supreme Court of Justice of the Nation | SCJN | Mexican Supreme Court
Secretariat of Foreign Affairs | SRE | Mexican Foreign Ministry
Secretariat of National Defense | SEDENA | Sedena | id:secretariat-of-national-defense-mexico
Secretariat of the Navy | SEMAR | Semar | id:secretariat-of-the-navy-mexico
Secretariat of Security and Civilian Protection | SSPC
Secretariat of Economy | id:secretariat-of-economy-mexico
Secretariat of Finance and Public Credit | SHCP
Secretariat of the Interior | SEGOB | Segob | id:secretariat-of-the-interior-mexico
Fiscalía General de la República | FGR | Attorney General's Office of Mexico
Mexican National Guard | Guardia Nacional | id:national-guard-mexico
Mexican Army
Mexican Navy
National Electoral Institute | INE
Federal Electricity Commission | CFE | Comisión Federal de Electricidad
Pemex | PEMEX | Petróleos Mexicanos
Morena | National Regeneration Movement | id:morena
National Action Party | PAN | id:national-action-party-mexico
Institutional Revolutionary Party | PRI
Citizens' Movement | Movimiento Ciudadano | MC | id:citizens-movement-mexico
Partido del Trabajo | id:labor-party-mexico
Ecologist Green Party of Mexico | PVEM
Party of the Democratic Revolution
Sinaloa Cartel | Sinaloa cartel | Cártel de Sinaloa | id:sinaloa-cartel
Jalisco New Generation Cartel | CJNG | Jalisco Cartel | Jalisco cartel | Cártel de Jalisco Nueva Generación | Jalisco New Generation cartel | id:jalisco-new-generation-cartel
Gulf Cartel | Gulf cartel | Cártel del Golfo
Los Zetas | Zetas
Cartel del Noreste | Cártel del Noreste | Northeast Cartel | CDN
La Nueva Familia Michoacana | Familia Michoacana | La Familia Michoacana
Cárteles Unidos
Juárez Cartel | Juárez cartel
Tijuana Cartel | Tijuana cartel
Beltrán-Leyva Organization | Beltrán Leyva Organization | Beltrán-Leyva Cartel | Beltrán-Leyva cartel
Los Chapitos | Chapitos
La Mayiza
Santa Rosa de Lima Cartel
Cemex
América Movil | América Móvil
Grupo México
Grupo Televisa | Televisa
Femsa | FEMSA
Grupo Bimbo
Banorte

# --- Canada ------------------------------------------------------------------------------
Parliament of Canada | Canadian Parliament
House of Commons of Canada | Canadian House of Commons
Senate of Canada | Canadian Senate
Bank of Canada
Global Affairs Canada
Royal Canadian Mounted Police | RCMP
Canada Border Services Agency | CBSA
Canadian Security Intelligence Service
Canadian Armed Forces
Department of Finance Canada | Finance Canada | id:department-of-finance-canada
Major Projects Office
Export Development Canada
Liberal Party of Canada
Conservative Party of Canada
New Democratic Party | NDP
Bloc Québécois
Green Party of Canada
Bombardier Inc. | Bombardier
Magna International
Shopify
Enbridge
TC Energy
Teck Resources
Nutrien
Canadian National Railway

# --- Brazil ------------------------------------------------------------------------------
Supreme Federal Court | Federal Supreme Court | Supremo Tribunal Federal | STF | Brazilian Supreme Court
First Panel of the Federal Supreme Court | First Panel of the Supreme Federal Court
Superior Electoral Court | TSE
National Congress of Brazil | Brazilian Congress | Brazilian National Congress
Chamber of Deputies of Brazil | Brazilian Chamber of Deputies | id:chamber-of-deputies-brazil
Federal Senate | Brazilian Senate | id:federal-senate
Itamaraty | Brazilian Foreign Ministry | Brazilian Ministry of Foreign Affairs | id:ministry-of-foreign-affairs-brazil
Central Bank of Brazil | Banco Central do Brasil | Brazilian Central Bank | BCB
Federal Police of Brazil | Brazilian Federal Police
Brazilian Army
Brazilian Development Bank | BNDES
Petrobras
Vale S.A. | Vale
Embraer
JBS S.A. | JBS
Eletrobras
Itaú Unibanco
Banco do Brasil
Suzano S.A.
Marfrig
BRF S.A. | BRF
WEG Industries | WEG
Workers' Party | PT | Partido dos Trabalhadores | id:workers-party-brazil
Partido Liberal | PL | id:liberal-party-brazil-2006
Brazilian Social Democracy Party | PSDB
Brazilian Democratic Movement | MDB
Socialism and Liberty Party | PSOL
Brazil Union | União Brasil
Progressistas
Primeiro Comando da Capital | PCC
Comando Vermelho | Red Command

# --- Argentina, Chile, Uruguay, Paraguay, Bolivia, Peru, Ecuador -------------------------
Central Bank of Argentina | Central Bank of the Argentine Republic | BCRA
Argentine National Congress | Argentine Congress
Casa Rosada
YPF
Mercado Libre
La Libertad Avanza | LLA
Justicialist Party | Partido Justicialista
Union for the Homeland | Unión por la Patria
Radical Civic Union | UCR
Republican Proposal
National Congress of Chile | Chilean Congress
Central Bank of Chile
Codelco
SQM | Sociedad Química y Minera
LATAM Airlines Group | LATAM Airlines | LATAM
La Moneda Palace | La Moneda
Partido Republicano | Republican Party of Chile | id:republican-party-chile
Independent Democratic Union
National Renewal | Renovación Nacional | id:national-renewal-chile
Socialist Party of Chile
Communist Party of Chile
Broad Front | Frente Amplio | id:broad-front-uruguay
National Party of Uruguay | id:national-party-uruguay
Colorado Party | Partido Colorado | id:colorado-party-paraguay
Movement for Socialism | id:movement-for-socialism-bolivia
YPFB
Popular Force | Fuerza Popular
Free Peru | Perú Libre
Petroperú
Shining Path | Sendero Luminoso
Citizen Revolution Movement | Revolución Ciudadana | Citizen Revolution
National Democratic Action | Acción Democrática Nacional | id:national-democratic-action-ecuador
Petroecuador
Los Choneros
Los Lobos | id:los-lobos-ecuador

# --- Colombia, Venezuela, Cuba, Central America, Caribbean -------------------------------
Congress of Colombia | Colombian Congress
National Army of Colombia | Colombian Army
National Police of Colombia | Colombian National Police | Colombian Police
Colombian Navy
Bank of the Republic | Banco de la República | id:bank-of-the-republic-colombia
Ecopetrol
Avianca
Centro de Estudios Hemisféricos
Plan Colombia
Mérida Initiative | Merida Initiative
Historic Pact for Colombia | Historic Pact | Pacto Histórico
Democratic Center | Centro Democrático | id:democratic-center-colombia
Comunes
National Liberation Army | ELN | Ejército de Liberación Nacional | id:national-liberation-army-colombia
Revolutionary Armed Forces of Colombia | FARC | FARC-EP
FARC dissidents
Segunda Marquetalia
Clan del Golfo | Gulf Clan | Autodefensas Gaitanistas de Colombia | AGC | Ejército Gaitanista de Colombia | EGC
Medellín Cartel
Cali Cartel
PDVSA | Petróleos de Venezuela
Citgo
National Bolivarian Armed Forces of Venezuela | National Bolivarian Armed Forces | FANB
National Assembly of Venezuela | Venezuelan National Assembly | id:national-assembly-venezuela
SEBIN | Bolivarian National Intelligence Service
Cartel of the Suns | Cartel de los Soles | Cártel de los Soles
Tren de Aragua
United Socialist Party of Venezuela | PSUV
Vente Venezuela
Unitary Platform | Plataforma Unitaria
Miraflores Palace
Palácio do Planalto | Planalto Palace | Planalto
Casa de Nariño
Communist Party of Cuba
GAESA
Sandinista National Liberation Front | FSLN
Nuevas Ideas
MS-13 | MS13 | Mara Salvatrucha
18th Street gang | Barrio 18 | Calle 18
Liberty and Refoundation | Libre
National Party of Honduras
Liberal Party of Honduras
Semilla
Modern Revolutionary Party | PRM
Dominican Liberation Party | PLD
Panama Canal Authority | ACP | Autoridad del Canal de Panamá
Panama Ports Company
Supreme Court of Panama | Panamanian Supreme Court
National Assembly of Panama | id:national-assembly-panama
National Border Service | SENAFRONT
Realizing Goals | Realizando Metas
Copa Airlines
Transitional Presidential Council
Haitian National Police
Viv Ansanm
400 Mawozo
Jamaica Labour Party | JLP
United National Congress | UNC
People's National Movement | PNM
Barbados Labour Party
Progressive Liberal Party
Free National Movement
People's United Party
People's Progressive Party | PPP/C | id:peoples-progressive-party-guyana
A Partnership for National Unity | APNU
Progressive Reform Party | VHP | id:progressive-reform-party-suriname
Chiquita Brands International | Chiquita
ExxonMobil | Exxon Mobil | Exxon

# --- Australia and New Zealand -----------------------------------------------------------
Department of Foreign Affairs and Trade | DFAT | id:department-of-foreign-affairs-and-trade-australia
Reserve Bank of Australia | RBA
Australian Defence Force | Defence Force | ADF
Royal Australian Navy
Australian Security Intelligence Organisation | ASIO
Australian Border Force
Australian Transaction Reports and Analysis Centre | AUSTRAC
Foreign Investment Review Board | FIRB
Australian Competition and Consumer Commission | ACCC
Parliament of Australia | Australian Parliament
Australian Labor Party | Labor | ALP
Liberal Party of Australia
National Party of Australia
Australian Greens
Pauline Hanson's One Nation | One Nation
Australian Strategic Policy Institute | ASPI
Lowy Institute
Landbridge Group | Landbridge
BHP
Rio Tinto
Fortescue
Woodside Energy | Woodside
Lynas Rare Earths | Lynas
Reserve Bank of New Zealand | RBNZ

# --- China, Hong Kong, Taiwan ------------------------------------------------------------
Chinese Communist Party | Communist Party of China | CCP | CPC | id:chinese-communist-party
Politburo of the Chinese Communist Party | Politburo
Politburo Standing Committee of the Chinese Communist Party | Politburo Standing Committee
Central Military Commission | CMC | id:central-military-commission-china
Central Commission for Discipline Inspection
State Council of China | State Council
National People's Congress | NPC
Standing Committee of the National People's Congress | NPC Standing Committee
Chinese People's Political Consultative Conference | CPPCC
People's Liberation Army | PLA
People's Liberation Army Navy | PLA Navy
People's Liberation Army Air Force | PLA Air Force
People's Liberation Army Rocket Force | PLA Rocket Force
China Coast Guard | CCG
Ministry of Foreign Affairs of the People's Republic of China
Ministry of Commerce of the People's Republic of China | MOFCOM | Mofcom
Ministry of State Security | id:ministry-of-state-security-china
Ministry of Public Security | id:ministry-of-public-security-china
People's Bank of China | PBOC | PBoC!
State Administration for Market Regulation | SAMR
General Administration of Customs | GACC
National Development and Reform Commission | NDRC
Cyberspace Administration of China
United Front Work Department
Taiwan Affairs Office
Zhongnanhai
China Development Bank
Export–Import Bank of China | China Exim Bank
Global Times
Xinhua News Agency | Xinhua
People's Daily
China Global Television Network | CGTN
China Central Television | CCTV
Huawei
ZTE
ByteDance
TikTok
Alibaba Group | Alibaba
Tencent
BYD Company | BYD
CATL | Contemporary Amperex Technology
Semiconductor Manufacturing International Corporation | SMIC
DJI
Hikvision
COSCO Shipping | COSCO | Cosco
China Merchants Port
CNOOC
Sinopec
PetroChina
China National Petroleum Corporation | CNPC
China Harbour Engineering Company
China Communications Construction Company | CCCC
State Grid Corporation of China | State Grid
Power Construction Corporation of China | PowerChina
China Three Gorges Corporation
Xiaomi
Lenovo
DeepSeek
Shein
Temu
China Mobile
CITIC Group | CITIC
Bank of China
Industrial and Commercial Bank of China | ICBC
Geely
Chery
Zijin Mining
Nexperia
CK Hutchison | CK Hutchison Holdings | Hutchison | id:ck-hutchison
Hutchison Ports
Hong Kong Monetary Authority
South China Morning Post | SCMP
TSMC | Taiwan Semiconductor Manufacturing Company
Foxconn | Hon Hai Precision Industry | Hon Hai
Legislative Yuan
Executive Yuan
Mainland Affairs Council
Taipei Economic and Cultural Representative Office | TECRO
Taiwanese Representative Office in Lithuania | Taiwanese Representative Office
Democratic Progressive Party | DPP
Kuomintang | KMT
Taiwan People's Party

# --- Japan and Korea ---------------------------------------------------------------------
Bank of Japan | BOJ | BoJ!
Japan Self-Defense Forces | JSDF | Self-Defense Forces
Japan Maritime Self-Defense Force
Japan Coast Guard
Ministry of Economy, Trade and Industry | METI
Ministry of Foreign Affairs of Japan | Japanese Foreign Ministry | id:ministry-of-foreign-affairs-japan
National Diet | Diet
Japan Bank for International Cooperation | JBIC
Japan International Cooperation Agency | JICA
Liberal Democratic Party | LDP | id:liberal-democratic-party-japan
Komeito
Constitutional Democratic Party of Japan
Nippon Ishin no Kai | Japan Innovation Party
Democratic Party for the People
Sanseitō | Sanseito
Toyota | Toyota Motor Corporation | Toyota Motor
Honda
Nissan
Nippon Steel
SoftBank Group | SoftBank
Sony
Hitachi
Panasonic
Kyodo News
Nikkei | Nikkei Asia
Yomiuri Shimbun
Asahi Shimbun
Bank of Korea | BOK | BoK!
People Power Party | id:people-power-party-south-korea
Democratic Party of Korea
Workers' Party of Korea
Samsung
Samsung Electronics
Hyundai Motor Company | Hyundai
SK Hynix
Kia
POSCO
Hanwha
Hanwha Ocean
Korea Zinc
Korea Hydro & Nuclear Power
Yonhap News Agency | Yonhap

# --- India and South Asia ----------------------------------------------------------------
Reserve Bank of India | RBI
Ministry of External Affairs | MEA | id:ministry-of-external-affairs-india
Ministry of Commerce and Industry | id:ministry-of-commerce-and-industry-india
Indian Army
Indian Navy
Indian Air Force
Defence Research and Development Organisation | DRDO
Indian Space Research Organisation | ISRO
Lok Sabha
Rajya Sabha
Parliament of India | Indian Parliament
Supreme Court of India | Indian Supreme Court
Election Commission of India
NITI Aayog
Bharatiya Janata Party | BJP
Indian National Congress
Aam Aadmi Party | AAP
All India Trinamool Congress | Trinamool Congress | TMC
Rashtriya Swayamsevak Sangh | RSS
Reliance Industries
Tata Group
Tata Consultancy Services | TCS
Tata Steel
Tata Motors
Adani Group
Infosys
Wipro
HCLTech | HCL Technologies
Nayara Energy
Indian Oil Corporation
Bharat Petroleum
Oil and Natural Gas Corporation | ONGC
Mahindra & Mahindra
Larsen & Toubro
Hindustan Aeronautics Limited | Hindustan Aeronautics
Sun Pharmaceutical | Sun Pharma
Cipla
Dr. Reddy's Laboratories | Dr. Reddy's
The Hindu
The Times of India | Times of India
Hindustan Times
Lashkar-e-Taiba | LeT!
Jaish-e-Mohammed | JeM!
The Resistance Front | TRF
Inter-Services Intelligence | ISI
Pakistan Army
Tehrik-i-Taliban Pakistan | TTP
Balochistan Liberation Army | BLA

# --- Russia, Ukraine, Moldova ------------------------------------------------------------
Moscow Kremlin | Kremlin | id:moscow-kremlin
Federation Council | id:federation-council-russia
State Duma | Duma
Security Council of Russia
Central Bank of Russia | Bank of Russia | Russian Central Bank
Federal Security Service | FSB
GRU | Main Intelligence Directorate | id:gru-russian-federation
Foreign Intelligence Service | SVR | id:foreign-intelligence-service-russia
Russian Armed Forces
Russian Navy
Ministry of Defence of the Russian Federation | Russian Ministry of Defence | Russian Defence Ministry | Russian Defense Ministry | id:ministry-of-defence-russia
Ministry of Foreign Affairs of Russia | Russian Foreign Ministry | id:ministry-of-foreign-affairs-russia
United Russia
Communist Party of the Russian Federation
Gazprom
Gazprom Neft
Gazprombank
Rosneft
Lukoil
Novatek
Rosatom
Sberbank
VTB Bank | VTB
Wagner Group | Wagner PMC
Africa Corps | id:africa-corps-russia
Rostec
Rosoboronexport
Sovcomflot
Transneft
Russian Direct Investment Fund | RDIF
TASS
RIA Novosti
Russia Today | id:rt-tv-network
Valdai Discussion Club
Russian Orthodox Church
Naftogaz
Verkhovna Rada
Armed Forces of Ukraine
Security Service of Ukraine | SBU
Ukrenergo
National Bank of Ukraine
Servant of the People | id:servant-of-the-people-political-party
Moldovagaz
Energocom
Moldelectrica
Tiraspoltransgaz
Commission for Exceptional Situations
National Bank of Moldova
Parliament of Moldova | Moldovan Parliament
Party of Action and Solidarity | PAS
Party of Socialists of the Republic of Moldova | PSRM
Party of Communists of the Republic of Moldova | PCRM
Șor Party | Shor Party

# --- Switzerland -------------------------------------------------------------------------
Federal Council | Swiss Federal Council | id:federal-council-switzerland
Swiss Federal Assembly | Swiss Parliament | id:federal-assembly-switzerland
Swiss National Bank | SNB
State Secretariat for Economic Affairs | SECO
Federal Department of Foreign Affairs | FDFA
Federal Department of Economic Affairs, Education and Research | EAER
Swiss Financial Market Supervisory Authority | FINMA
Swiss People's Party | SVP
FDP.The Liberals | id:fdp-the-liberals
Social Democratic Party of Switzerland
Roche | Roche Holding
Novartis
Nestlé
UBS
Credit Suisse
Glencore
ABB
Swatch Group
Rolex
Richemont
Syngenta
Lonza
Swiss Re
Holcim
Logitech
Zurich Insurance Group
Economiesuisse | economiesuisse
Swissmem
Swiss Bankers Association

# --- Germany, France, Italy, Spain, Benelux ----------------------------------------------
Bundestag
Bundesrat | id:bundesrat-of-germany
Bundeswehr
Deutsche Bundesbank | Bundesbank
Federal Constitutional Court
Federal Foreign Office
Federal Intelligence Service | BND
Christian Democratic Union of Germany | CDU
Christian Social Union in Bavaria | CSU
CDU/CSU
Social Democratic Party of Germany | SPD
Free Democratic Party | FDP | id:free-democratic-party-germany
Alliance 90/The Greens
Alternative for Germany | AfD!
Die Linke | id:the-left-germany
Sahra Wagenknecht Alliance | BSW
Volkswagen | Volkswagen Group | VW
BMW
Mercedes-Benz Group | Mercedes-Benz
Siemens
BASF
Robert Bosch GmbH | Bosch
Deutsche Bank
Rheinmetall
SAP
Allianz
Thyssenkrupp | ThyssenKrupp
Infineon Technologies | Infineon
Uniper
RWE
Porsche
Lufthansa
Deutsche Telekom
DHL | DHL Group
Der Spiegel
Frankfurter Allgemeine Zeitung
Süddeutsche Zeitung
Élysée Palace | Élysée | Elysée
Ministry for Europe and Foreign Affairs | Quai d'Orsay
French National Assembly | id:national-assembly-france
French Senate | id:senate-france
Constitutional Council | id:constitutional-council-france
Banque de France | Bank of France
French Armed Forces
Directorate-General for External Security | DGSE
National Rally | Rassemblement National
La France Insoumise | LFI
Les Républicains | id:the-republicans-france
Airbus
Dassault Aviation
Thales Group | Thales
Safran
Naval Group
TotalEnergies
LVMH
Renault
Électricité de France
Engie
Orano
BNP Paribas
Société Générale
Mistral AI
CMA CGM
Le Monde
Le Figaro
Agence France-Presse
Bank of Italy | Banca d'Italia
Italian Parliament
Palazzo Chigi
Farnesina | id:ministry-of-foreign-affairs-italy
Brothers of Italy | Fratelli d'Italia | FdI!
Lega | id:lega-political-party
Forza Italia
Five Star Movement | M5S
Partito Democratico | id:democratic-party-italy
Eni
Enel
Leonardo S.p.A.
Fincantieri
UniCredit
Intesa Sanpaolo
Stellantis
Ferrari
Pirelli
Corriere della Sera
Bank of Spain | Banco de España
Cortes Generales
Congress of Deputies
Spanish Socialist Workers' Party | PSOE
People's Party | PP | Partido Popular | id:peoples-party-spain
Vox | id:vox-political-party
Sumar
Podemos
Junts per Catalunya | Junts
Inditex
Banco Santander
BBVA
Telefónica
Iberdrola
Repsol
Indra Sistemas
El País
De Nederlandsche Bank | DNB
States General of the Netherlands
People's Party for Freedom and Democracy | VVD
Democrats 66 | D66
Party for Freedom | PVV
Farmer–Citizen Movement
GroenLinks–PvdA
Christian Democratic Appeal | CDA
ASML
Shell plc | Royal Dutch Shell
Philips
ING Group | ING
Rabobank
New Flemish Alliance | N-VA
Vlaams Belang
Christian Social People's Party | CSV

# --- United Kingdom, Ireland -------------------------------------------------------------
Parliament of the United Kingdom | UK Parliament | British Parliament
House of Commons of the United Kingdom | House of Commons
House of Lords
10 Downing Street | Downing Street
Foreign, Commonwealth and Development Office | FCDO | Foreign Office
HM Treasury
British Ministry of Defence | UK Ministry of Defence | id:ministry-of-defence-united-kingdom
Home Office
Department for Business and Trade
Bank of England | BoE!
Secret Intelligence Service | MI6
MI5
GCHQ
National Crime Agency
Royal Navy
British Army
Royal Air Force | RAF
Conservative Party | Tory Party | id:conservative-party-uk
Labour Party | id:labour-party-uk
Reform UK
Scottish National Party | SNP
Democratic Unionist Party | DUP
Sinn Féin
Plaid Cymru
BP
HSBC
Barclays
Standard Chartered
Rolls-Royce Holdings | Rolls-Royce
BAE Systems
AstraZeneca
GSK | GSK plc
Unilever
Vodafone
Anglo American | Anglo American plc
Jaguar Land Rover | JLR
British Steel
BBC
Financial Times
The Economist
The Guardian
Reuters
Chatham House
International Crisis Group
International Institute for Strategic Studies | IISS
Fine Gael
Fianna Fáil
Dáil Éireann | Dáil
Oireachtas

# --- Nordic and Baltic -------------------------------------------------------------------
Folketing | Danish Parliament
Government of Greenland | Naalakkersuisut
Inatsisartut | Parliament of Greenland
Danish Defence | Danish Armed Forces
Joint Arctic Command | Arctic Command
Danmarks Nationalbank
Siumut
Inuit Ataqatigiit
Demokraatit
Naleraq
Atassut
Venstre | id:venstre-denmark
Danish People's Party
Socialdemokratiet
University of Greenland | Ilisimatusarfik
Tanbreez
Critical Metals Corp
Amaroq Minerals
Energy Transition Minerals
A.P. Moller – Maersk | Maersk | A.P. Moller-Maersk | A.P. Møller-Mærsk
Novo Nordisk
Vestas
Ørsted
Danske Bank
Carlsberg
Seimas
National Cyber Security Centre | id:national-cyber-security-centre-lithuania
Bank of Lithuania
Lithuanian Armed Forces
Lithuanian Railways
Teltonika
Homeland Union | TS-LKD
Social Democratic Party of Lithuania | LSDP
Dawn of Nemunas | Nemuno aušra
Liberals' Movement
Saeima
New Unity
Riigikogu
Estonian Reform Party
Isamaa
Conservative People's Party of Estonia | EKRE
Eduskunta | Parliament of Finland
National Coalition Party
Finns Party
Social Democratic Party of Finland
Centre Party of Finland
Riksdag
Moderate Party
Sweden Democrats
Swedish Social Democratic Party
Storting
Equinor
Norsk Hydro
Nokia
Ericsson
Saab AB | Saab
Volvo Cars
Northvolt

# --- Central and Southern Europe ---------------------------------------------------------
Sejm
Senate of Poland | Polish Senate
National Bank of Poland | NBP
Polish Armed Forces
Constitutional Tribunal | id:constitutional-tribunal-poland
Law and Justice | PiS!
Civic Coalition | KO
Civic Platform
Polish People's Party | PSL
Confederation Liberty and Independence | Konfederacja
Poland 2050 | Polska 2050
Orlen | PKN Orlen
PGE | Polska Grupa Energetyczna
KGHM
Polish Institute of International Affairs | PISM
Centre for Eastern Studies | OSW
German Institute for International and Security Affairs | SWP
European Council on Foreign Relations | ECFR
Gazeta Wyborcza
Rzeczpospolita
Fidesz
Respect and Freedom Party | Tisza Party
Christian Democratic People's Party | KDNP
Direction – Social Democracy | Smer | Smer-SD
Progressive Slovakia
Voice – Social Democracy | Hlas
ANO 2011 | ANO
Civic Democratic Party | ODS | id:civic-democratic-party-czech-republic
Austrian People's Party | ÖVP
Freedom Party of Austria | FPÖ
Social Democratic Party of Austria | SPÖ
NEOS
National Liberal Party | PNL | id:national-liberal-party-romania
Alliance for the Union of Romanians | AUR
Save Romania Union | USR
Democratic Alliance of Hungarians in Romania | UDMR
GERB
Movement for Rights and Freedoms | DPS
Croatian Democratic Union | HDZ
Homeland Movement
Freedom Movement | Gibanje Svoboda | id:freedom-movement-slovenia
Slovenian Democratic Party
New Democracy | id:new-democracy-greece
Syriza | SYRIZA
PASOK
Communist Party of Greece | KKE
Hellenic Parliament
Bank of Greece
AKEL
Democratic Rally | DISY
Partit Nazzjonalista | id:nationalist-party-malta
Chega | id:chega-political-party
Bank of Portugal | Banco de Portugal
Grand National Assembly of Turkey
Central Bank of the Republic of Turkey | CBRT | Turkish Central Bank
National Intelligence Organization | MİT
Turkish Armed Forces
Justice and Development Party | AKP | AK Party | id:justice-and-development-party-turkey
Republican People's Party | CHP
Nationalist Movement Party | MHP
Peoples' Equality and Democracy Party | DEM Party
Kurdistan Workers' Party | PKK
Baykar
Turkish Airlines

# --- Middle East, Africa, Southeast Asia -------------------------------------------------
Saudi Aramco | Aramco
Public Investment Fund | PIF
Saudi Central Bank | SAMA
ADNOC | Abu Dhabi National Oil Company
QatarEnergy
Mubadala
Abu Dhabi Investment Authority | ADIA
Qatar Investment Authority | QIA
DP World
Israel Defense Forces | IDF
Mossad
Shin Bet
Likud
Yesh Atid
Fatah
Palestinian Authority
Hamas
Hezbollah | Hizbollah | Hizballah
Houthi movement | Ansar Allah
Islamic Revolutionary Guard Corps | IRGC | Revolutionary Guards
Quds Force
Palestinian Islamic Jihad
Islamic State | ISIS | ISIL | Daesh
al-Qaeda | Al-Qaeda | al-Qaida | Al Qaeda
al-Shabaab | Al-Shabaab
Boko Haram
Taliban
Hayat Tahrir al-Sham | HTS
Al Jazeera
African National Congress | ANC
Democratic Alliance | DA | id:democratic-alliance-south-africa
Economic Freedom Fighters | EFF
uMkhonto weSizwe | MK Party | id:umkhonto-wesizwe-political-party
Inkatha Freedom Party | IFP
Patriotic Alliance
ActionSA
Freedom Front Plus
South African Communist Party | SACP
Congress of South African Trade Unions | COSATU
Government of National Unity | GNU | id:government-of-national-unity-south-africa
South African Reserve Bank | SARB
National Treasury | id:national-treasury-south-africa
Department of International Relations and Cooperation | DIRCO
Department of Trade, Industry and Competition | DTIC
South African National Defence Force | SANDF
South African Police Service | SAPS
Parliament of South Africa | South African Parliament
National Assembly of South Africa
Constitutional Court of South Africa
South African Medical Research Council | SAMRC
AfriForum
Eskom
Transnet
Sasol
Naspers
MTN Group
Sibanye-Stillwater
Impala Platinum | Implats
Valterra Platinum | Anglo American Platinum | Amplats
Harmony Gold
News24
Mail & Guardian
Daily Maverick
Armed Forces of the Philippines
Philippine Navy
Philippine Coast Guard | PCG
Philippine National Police
National Maritime Council
Bureau of Fisheries and Aquatic Resources | BFAR
Bangko Sentral ng Pilipinas | Bangko Sentral
Senate of the Philippines | Philippine Senate
House of Representatives of the Philippines
Supreme Court of the Philippines
Malacañang Palace | Malacañang
Lakas–CMD
PDP–Laban
Partido Federal ng Pilipinas
New People's Army
Communist Party of the Philippines | CPP
Moro Islamic Liberation Front | MILF
Abu Sayyaf
Rappler
Philippine Daily Inquirer
Bank Indonesia
Indonesian National Armed Forces | TNI
Danantara
Pertamina
People's Consultative Assembly | MPR
People's Representative Council
Indonesian Democratic Party of Struggle | PDI-P
Gerindra Party | Gerindra
Golkar
National Awakening Party | PKB
NasDem Party | NasDem
Monetary Authority of Singapore
Straits Times

# --- companies and media with no single home above --------------------------------------
BlackRock
Mediterranean Shipping Company | MSC
Terminal Investment Limited | TiL!
Tesla, Inc. | Tesla
SpaceX
Starlink
Apple Inc. | Apple
Microsoft
Google
Alphabet Inc.
Meta Platforms | Meta
Amazon.com
Nvidia | NVIDIA
Advanced Micro Devices | AMD
Intel
Qualcomm
Micron Technology | Micron
Oracle Corporation | Oracle
OpenAI
Anthropic
Palantir Technologies | Palantir
Anduril Industries | Anduril
Boeing
Lockheed Martin
RTX Corporation | Raytheon | RTX
Northrop Grumman
General Dynamics
General Motors
Ford Motor Company
Harley-Davidson
Chevron Corporation | Chevron
ConocoPhillips
Cargill
Walmart
Goldman Sachs
JPMorgan Chase | JPMorgan
Citigroup
Morgan Stanley
Bank of America
Mastercard
PayPal
Freeport-McMoRan
Albemarle
MP Materials
U.S. Steel | United States Steel | United States Steel Corporation
Cleveland-Cliffs
Alcoa
Nucor
ArcelorMittal
Pfizer
Moderna
Johnson & Johnson
Eli Lilly and Company | Eli Lilly
Merck & Co.
AbbVie
Bayer
Sanofi
Teva Pharmaceuticals | Teva
Hapag-Lloyd
Trafigura
Vitol
Facebook
YouTube
Truth Social
Associated Press
Bloomberg News | Bloomberg
The New York Times | New York Times
The Wall Street Journal | Wall Street Journal
The Washington Post | Washington Post
CNN
Fox News
Politico
Axios
The Globe and Mail | Globe and Mail
Canadian Broadcasting Corporation | CBC
Australian Broadcasting Corporation
The Sydney Morning Herald | Sydney Morning Herald
Folha de S.Paulo
O Globo
El Universal
Milenio
La Jornada
Clarín
El Tiempo
Kommersant
Meduza
Caixin
"""

# ---------------------------------------------------------------------------------------
# LAW
# ---------------------------------------------------------------------------------------
LAW = r"""
# --- North American trade ----------------------------------------------------------------
United States–Mexico–Canada Agreement | USMCA | CUSMA | T-MEC | TMEC | ACEUM | US–Mexico–Canada Agreement | U.S.–Mexico–Canada Agreement | Canada–United States–Mexico Agreement | id:usmca
North American Free Trade Agreement | NAFTA | TLCAN | ALENA | id:nafta
Canada–United States Free Trade Agreement | CUSFTA
Canada–United States Automotive Products Agreement | Auto Pact | Canada–US Auto Pact
Dominican Republic–Central America Free Trade Agreement | CAFTA-DR | DR-CAFTA
United States–Colombia Trade Promotion Agreement | US–Colombia Trade Promotion Agreement
Panama–United States Trade Promotion Agreement | US–Panama Trade Promotion Agreement
Softwood Lumber Agreement
Safe Third Country Agreement

# --- US law and executive acts -----------------------------------------------------------
Section 232 | id:section-232
Section 301 | id:section-301
Section 201 | id:section-201
Section 122 | id:section-122
Section 338 | id:section-338
Trade Expansion Act of 1962 | Trade Expansion Act
Trade Act of 1974
Smoot–Hawley Tariff Act | Tariff Act of 1930 | Smoot–Hawley | Smoot–Hawley Act
International Emergency Economic Powers Act | IEEPA
National Emergencies Act
Defense Production Act | Defense Production Act of 1950
Magnitsky Act | Sergei Magnitsky Rule of Law Accountability Act
Global Magnitsky Act | Global Magnitsky | Global Magnitsky Human Rights Accountability Act | id:global-magnitsky-act
Countering America's Adversaries Through Sanctions Act | CAATSA
Inflation Reduction Act
CHIPS and Science Act | CHIPS Act
Infrastructure Investment and Jobs Act | Bipartisan Infrastructure Law
One Big Beautiful Bill Act | One Big Beautiful Bill | OBBBA
Foreign Corrupt Practices Act | FCPA
Helms–Burton Act | Cuban Liberty and Democratic Solidarity Act
Cuban Democracy Act | Torricelli Act
Alien Enemies Act | Alien Enemies Act of 1798
Insurrection Act | Insurrection Act of 1807
Immigration and Nationality Act
Taiwan Relations Act
Uyghur Forced Labor Prevention Act | UFLPA
Foreign Agents Registration Act | FARA
Laken Riley Act
Posse Comitatus Act
Patriot Act | USA PATRIOT Act
War Powers Resolution
Jones Act | Merchant Marine Act of 1920
Buy American Act
Export Control Reform Act
African Growth and Opportunity Act | AGOA
Constitution of the United States | US Constitution | U.S. Constitution | United States Constitution
Fourteenth Amendment | Fourteenth Amendment to the United States Constitution | 14th Amendment
Monroe Doctrine
Executive Order 14193 | Executive Order No. 14193 | EO 14193 | E.O. 14193 | id:executive-order-14193
Executive Order 14194 | Executive Order No. 14194 | EO 14194 | E.O. 14194 | id:executive-order-14194
Executive Order 14195 | Executive Order No. 14195 | EO 14195 | E.O. 14195 | id:executive-order-14195
Executive Order 14157 | Executive Order No. 14157 | EO 14157 | E.O. 14157 | id:executive-order-14157
Executive Order 14204 | Executive Order No. 14204 | EO 14204 | E.O. 14204 | id:executive-order-14204
Executive Order 14257 | Executive Order No. 14257 | EO 14257 | E.O. 14257 | id:executive-order-14257
Executive Order 14323 | Executive Order No. 14323 | EO 14323 | E.O. 14323 | id:executive-order-14323
Executive Order 14329 | Executive Order No. 14329 | EO 14329 | E.O. 14329 | id:executive-order-14329

# --- other countries' laws named in the bulletins and around them ------------------------
Economic Reciprocity Law | Law No. 15,122 | Reciprocity Law | Lei da Reciprocidade Econômica | id:economic-reciprocity-law
Brasil Soberano | id:brasil-soberano
Clean Record Law | Ficha Limpa
Constitution of Brazil | Brazilian Constitution
Constitution of Mexico | Mexican Constitution
Law No. 462 | id:law-no-462
Expropriation Act | Expropriation Act, 2024 | Expropriation Act 13 of 2024 | id:expropriation-act-2024
Broad-Based Black Economic Empowerment Act | B-BBEE Act
Constitution of South Africa | South African Constitution
Strong Borders Act | Bill C-2 | id:strong-borders-act
Online Streaming Act
Online News Act
Investment Canada Act
Emergencies Act
Greenland Self-Government Act | Self-Government Act | Act on Greenland Self-Government | id:greenland-self-government-act
Republic Act No. 12064 | Maritime Zones Act | Philippine Maritime Zones Act | RA 12064 | id:republic-act-no-12064
Republic Act No. 12065 | Archipelagic Sea Lanes Act | Philippine Archipelagic Sea Lanes Act | RA 12065 | id:republic-act-no-12065
Article 370 | id:article-370-of-the-constitution-of-india
Citizenship Amendment Act
Hong Kong National Security Law
Anti-Secession Law
Anti-Foreign Sanctions Law
Bilaterals III

# --- treaties and agreements -------------------------------------------------------------
Torrijos–Carter Treaties | Torrijos–Carter Treaty
Treaty Concerning the Permanent Neutrality and Operation of the Panama Canal | Neutrality Treaty | Panama Canal Neutrality Treaty
Panama Canal Treaty
Hay–Bunau-Varilla Treaty
North Atlantic Treaty | Washington Treaty
Article 5 | Art. 5 | Article 5 of the North Atlantic Treaty | id:north-atlantic-treaty-article-5
Mutual Defense Treaty | id:mutual-defense-treaty-united-states-philippines
Enhanced Defense Cooperation Agreement | EDCA
Visiting Forces Agreement | id:visiting-forces-agreement-philippines-united-states
Reciprocal Access Agreement | id:japan-philippines-reciprocal-access-agreement
Defense of Greenland Agreement
ANZUS | ANZUS Treaty
United Nations Convention on the Law of the Sea | UN Convention on the Law of the Sea | U.N. Convention on the Law of the Sea | UNCLOS | Law of the Sea Convention
Charter of the United Nations | UN Charter | United Nations Charter | U.N. Charter
Universal Declaration of Human Rights
Geneva Conventions
Vienna Convention on Diplomatic Relations
Rome Statute | Rome Statute of the International Criminal Court
Genocide Convention
Chemical Weapons Convention
Treaty on the Non-Proliferation of Nuclear Weapons | Nuclear Non-Proliferation Treaty | Non-Proliferation Treaty | NPT
New START
Intermediate-Range Nuclear Forces Treaty | INF Treaty
Minsk Agreements | Minsk II | id:minsk-agreements
Budapest Memorandum | Budapest Memorandum on Security Assurances
Joint Comprehensive Plan of Action | JCPOA
Abraham Accords
Oslo Accords
Camp David Accords
Good Friday Agreement
Paris Agreement | Paris Climate Agreement | Paris Accord
Kyoto Protocol
United Nations Framework Convention on Climate Change | UNFCCC | UN Framework Convention on Climate Change
Montreal Protocol
Wassenaar Arrangement

# --- trade agreements and WTO law --------------------------------------------------------
Comprehensive Economic and Trade Agreement | CETA
EU–Mexico Global Agreement | Modernised Global Agreement | Modernized Global Agreement | EU–Mexico Modernised Global Agreement | EU–Mexico Modernized Global Agreement | EU–Mexico Free Trade Agreement | id:eu-mexico-global-agreement
European Union–Mercosur Free Trade Agreement | EU–Mercosur Free Trade Agreement | EU–Mercosur Association Agreement | EU–Mercosur Partnership Agreement | EU–Mercosur Agreement | EU–Mercosur Trade Agreement
EU–UK Trade and Cooperation Agreement | Trade and Cooperation Agreement
EU–Japan Economic Partnership Agreement
Comprehensive Agreement on Investment | CAI
India–United Kingdom Free Trade Agreement | India–UK Free Trade Agreement | India–UK Comprehensive Economic and Trade Agreement
Comprehensive and Progressive Agreement for Trans-Pacific Partnership | CPTPP
Trans-Pacific Partnership | TPP
Regional Comprehensive Economic Partnership | RCEP
Moldova–European Union Association Agreement | EU–Moldova Association Agreement
Deep and Comprehensive Free Trade Area | DCFTA
General Agreement on Tariffs and Trade | GATT
General Agreement on Trade in Services | GATS
Agreement on Trade-Related Aspects of Intellectual Property Rights | TRIPS Agreement | TRIPS
Marrakesh Agreement | Marrakesh Agreement Establishing the World Trade Organization
Agreement on Subsidies and Countervailing Measures | SCM Agreement
Dispute Settlement Understanding
Agreement on Government Procurement | Government Procurement Agreement
Information Technology Agreement

# --- European Union law ------------------------------------------------------------------
Treaty of Lisbon | Lisbon Treaty
Treaty on European Union
Treaty on the Functioning of the European Union | TFEU
Maastricht Treaty
Treaty of Rome
Schengen Agreement
Anti-Coercion Instrument | ACI | id:anti-coercion-instrument
Carbon Border Adjustment Mechanism | CBAM
EU Deforestation Regulation | EUDR
Digital Services Act
Digital Markets Act
Artificial Intelligence Act | AI Act
General Data Protection Regulation | GDPR
Critical Raw Materials Act
Net-Zero Industry Act
Foreign Subsidies Regulation
European Chips Act
Stability and Growth Pact
Windsor Framework
"""

# ---------------------------------------------------------------------------------------
# EVENT
# ---------------------------------------------------------------------------------------
EVENT = r"""
Summit of the Americas
Cold War
World War II | Second World War | WWII | World War Two | WW2 | id:world-war-ii
World War I | First World War | WWI | World War One | Great War | id:world-war-i
2015 United Nations Climate Change Conference | COP21 | COP 21 | COP-21
2021 United Nations Climate Change Conference | COP26 | COP 26 | COP-26
2022 United Nations Climate Change Conference | COP27 | COP 27 | COP-27
2023 United Nations Climate Change Conference | COP28 | COP 28 | COP-28
2024 United Nations Climate Change Conference | COP29 | COP 29 | COP-29
2025 United Nations Climate Change Conference | COP30 | COP 30 | COP-30
2026 United Nations Climate Change Conference | COP31 | COP 31 | COP-31
State of the Nation | State of the Nation Address | id:state-of-the-nation-address-south-africa
State of the Union | State of the Union Address
Two Sessions
Munich Security Conference
Shangri-La Dialogue
Raisina Dialogue
Halifax International Security Forum
St. Petersburg International Economic Forum | St Petersburg International Economic Forum | SPIEF
Eastern Economic Forum
Boao Forum for Asia
Belt and Road Forum | Belt and Road Forum for International Cooperation
Summit for Democracy
Ukraine Recovery Conference
Paris Peace Forum
Doha Development Round | Doha Round
Uruguay Round
Bretton Woods Conference
Yalta Conference
Potsdam Conference
Liberation Day | id:liberation-day-tariffs
Gulf War
Iraq War
War in Afghanistan | id:war-in-afghanistan-2001-2021
Vietnam War
Korean War
Falklands War | Malvinas War
Six-Day War
Yom Kippur War
Twelve-Day War
Russo-Ukrainian War
Chinese Civil War
Russian Revolution
October Revolution
Cuban Revolution
Mexican Revolution
Cuban Missile Crisis
Bay of Pigs Invasion
Cultural Revolution
Great Leap Forward
June Fourth Incident | id:1989-tiananmen-square-protests-and-massacre
Great Depression
Holocaust
Holodomor
Nakba
Arab Spring
Euromaidan | Revolution of Dignity
Orange Revolution
Velvet Revolution
Brexit
September 11 attacks
Operation Just Cause | id:united-states-invasion-of-panama
Operation Sindoor
Operation Midnight Hammer
Operation Southern Spear
Operation Car Wash | Lava Jato
Hurricane Melissa
Hurricane Maria
Hurricane Katrina
2026 FIFA World Cup | 2026 World Cup
First Opium War
Opium Wars
"""

# ---------------------------------------------------------------------------------------
# FAC
# ---------------------------------------------------------------------------------------
FAC = r"""
# --- named in the bulletins --------------------------------------------------------------
Panama Canal
Pituffik Space Base | Pituffik | Thule Air Base | Thule Air Base | id:pituffik-space-base
Port of Darwin | Darwin Port
Howard Air Force Base | Howard Air Base
Rodman Naval Station | Naval Station Rodman
Fort Sherman
Río Indio | id:rio-indio-reservoir
Interoceanic Corridor of the Isthmus of Tehuantepec | Interoceanic Corridor | CIIT
Moldavskaya GRES | Cuciurgan | Kuchurgan
Oval Office
# --- Panama and the canal -----------------------------------------------------------------
Port of Balboa
Port of Cristóbal
Colón Container Terminal
Manzanillo International Terminal
Gatun Locks | Gatún Locks
Miraflores Locks
Agua Clara Locks
Cocolí Locks
Bridge of the Americas
# --- United States -----------------------------------------------------------------------
Trump Tower
Mar-a-Lago
Camp David
United States Capitol | US Capitol | U.S. Capitol
Blair House
Guantanamo Bay Naval Base | Guantánamo Bay Naval Base | Naval Station Guantanamo Bay
Alligator Alcatraz
Fort Bliss
Port of Long Beach
Port of Los Angeles
Ambassador Bridge
Gordie Howe International Bridge
Blue Water Bridge
Keystone XL
Trans Mountain Pipeline | Trans Mountain
# --- Mexico, Latin America ---------------------------------------------------------------
National Palace | Palacio Nacional | id:national-palace-mexico
Los Pinos
Tren Maya | Maya Train
Olmeca Refinery | Dos Bocas Refinery
Felipe Ángeles International Airport | AIFA
Port of Manzanillo | id:port-of-manzanillo-mexico
Port of Veracruz
Port of Lázaro Cárdenas
Port of Santos
Port of Chancay | Chancay Port
Itaipu Dam | Itaipu
Belo Monte Dam
Palácio da Alvorada
Terrorism Confinement Center | CECOT
# --- Europe, Russia -----------------------------------------------------------------------
Nord Stream | Nord Stream 1
Nord Stream 2
TurkStream
Power of Siberia
Power of Siberia 2
Druzhba | id:druzhba-pipeline
Baltic Pipe
Balticconnector
Estlink 2
Zaporizhzhia Nuclear Power Plant
Chernobyl Nuclear Power Plant
Crimean Bridge | Kerch Bridge
Port of Piraeus
Port of Rotterdam
Port of Antwerp-Bruges | Port of Antwerp
Port of Hamburg
Port of Klaipėda
Ramstein Air Base
Christiansborg Palace
Federal Palace | Bundeshaus | id:federal-palace-switzerland
Reichstag building
Chequers
# --- Asia, Africa, Middle East -----------------------------------------------------------
Great Hall of the People
Hambantota International Port | Hambantota Port
Gwadar Port
Chabahar Port | Shahid Beheshti Port
Ream Naval Base
Kadena Air Base
Camp Humphreys
Andersen Air Force Base
Clark Air Base
Naval Support Facility Diego Garcia
HMAS Stirling
Camp Lemonnier
Three Gorges Dam
Grand Ethiopian Renaissance Dam | GERD
Fordow Fuel Enrichment Plant | Fordow
Bushehr Nuclear Power Plant
Yongbyon Nuclear Scientific Research Center
Union Buildings
Rideau Hall
Parliament Hill
24 Sussex Drive
Hong Kong International Airport
Shanghai Pudong International Airport | Pudong International Airport
"""

# ---------------------------------------------------------------------------------------
# Checks: names that are places (the GPE lexicon's), words that must never be a surname
# alias or a one-word name on their own. Only used to refuse or warn, never written out.
# ---------------------------------------------------------------------------------------
PLACES = """
Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan
Bahamas Bahrain Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia Botswana
Brazil Brunei Bulgaria Burundi Cambodia Cameroon Canada Chad Chile China Colombia Comoros
Congo Croatia Cuba Cyprus Czechia Denmark Djibouti Dominica Ecuador Egypt Eritrea Estonia
Eswatini Ethiopia Fiji Finland France Gabon Gambia Georgia Germany Ghana Greece Grenada
Guatemala Guinea Guyana Haiti Honduras Hungary Iceland India Indonesia Iran Iraq Ireland
Israel Italy Jamaica Japan Jordan Kazakhstan Kenya Kiribati Kosovo Kuwait Kyrgyzstan Laos
Latvia Lebanon Lesotho Liberia Libya Liechtenstein Lithuania Luxembourg Madagascar Malawi
Malaysia Maldives Mali Malta Mauritania Mauritius Mexico Micronesia Moldova Monaco Mongolia
Montenegro Morocco Mozambique Myanmar Namibia Nauru Nepal Netherlands Nicaragua Niger
Nigeria Norway Oman Pakistan Palau Palestine Panama Paraguay Peru Philippines Poland
Portugal Qatar Romania Russia Rwanda Samoa Senegal Serbia Seychelles Singapore Slovakia
Slovenia Somalia Spain Sudan Suriname Sweden Switzerland Syria Taiwan Tajikistan Tanzania
Thailand Togo Tonga Tunisia Turkey Türkiye Turkmenistan Tuvalu Uganda Ukraine Uruguay
Uzbekistan Vanuatu Venezuela Vietnam Yemen Zambia Zimbabwe Greenland Transnistria Gagauzia
Britain England Scotland Wales America Europe Asia Africa Hawaii Alaska Texas Florida
California Arizona Nevada Utah Colorado Washington Oregon Idaho Montana Wyoming Dakota
Nebraska Kansas Oklahoma Missouri Iowa Minnesota Wisconsin Michigan Illinois Indiana Ohio
Kentucky Tennessee Alabama Mississippi Louisiana Arkansas Virginia Carolina Maryland
Delaware Pennsylvania Jersey York Connecticut Massachusetts Vermont Maine Ontario Quebec
Alberta Manitoba Saskatchewan Nunavut Yukon Sinaloa Sonora Chihuahua Jalisco Michoacán
Guerrero Oaxaca Chiapas Tabasco Veracruz Tamaulipas Durango Zacatecas Coahuila Yucatán
Campeche Puebla Morelos Hidalgo Querétaro Guanajuato Colima Nayarit Tijuana Juárez Culiacán
Monterrey Guadalajara Acapulco Cancún Bahia Paraná Amazonas Pará Goiás Tasmania Queensland
Victoria Darwin Perth Sydney Melbourne Adelaide Brisbane Canberra Auckland Wellington
Hamilton Washington Lincoln Jackson Houston Austin Dallas Phoenix Denver Boston Chicago
Detroit Atlanta Miami Orlando Tampa Seattle Portland Charlotte Nashville Memphis Cleveland
Columbus Madison Raleigh Richmond Albany Trenton Buffalo Sacramento Fresno Windsor Ottawa
Toronto Montreal Vancouver Calgary Edmonton Winnipeg Regina Halifax Moscow Beijing Shanghai
Tianjin Hainan Tokyo Osaka Seoul Busan Manila Hanoi Bangkok Jakarta Delhi Mumbai Chennai
Kolkata Bengaluru Karachi Lahore Islamabad Kabul Tehran Baghdad Damascus Beirut Amman Riyadh
Jeddah Doha Dubai Cairo Tripoli Tunis Algiers Rabat Dakar Lagos Abuja Nairobi Pretoria
Johannesburg Durban Harare Lusaka Luanda Kinshasa Addis Ababa Khartoum Paris Lyon Marseille
Nice London Dublin Madrid Barcelona Lisbon Porto Rome Milan Naples Florence Venice Turin
Berlin Munich Hamburg Frankfurt Cologne Bonn Vienna Prague Warsaw Kraków Gdańsk Budapest
Bucharest Sofia Athens Brussels Antwerp Amsterdam Rotterdam Hague Copenhagen Stockholm Oslo
Helsinki Tallinn Riga Vilnius Kaunas Klaipėda Minsk Kyiv Kiev Odesa Kharkiv Lviv Chișinău
Tiraspol Comrat Bălți Belgrade Zagreb Ljubljana Sarajevo Skopje Tirana Nicosia Valletta
Ankara Istanbul Tbilisi Yerevan Baku Astana Tashkent Geneva Zurich Bern Basel Lausanne
Lugano Ticino Nuuk Bogotá Medellín Cali Cartagena Barranquilla Caracas Maracaibo Quito
Guayaquil Lima Cusco Santiago Valparaíso Asunción Montevideo Brasília Rio Paulo Salvador
Recife Fortaleza Manaus Belém Curitiba Havana Kingston Nassau Bridgetown Georgetown
Paramaribo Tegucigalpa Managua Sucre Cochabamba Córdoba Mendoza Rosario Balboa Colón
Cristóbal Corozal David Chabahar Cobasna Vulcănești Kuala Lumpur Taipei Kaohsiung Macau
Hong Kong Singapore Davos Munich Shenzhen Guangzhou Wuhan Chongqing Nanjing Xinjiang Tibet
Jordan Chad Georgia Montenegro Victoria Nelson Paz Leon León Santos Mendoza Florence
Charlotte Adelaide Regina Orlando Dallas Austin Houston Phoenix Jackson Lincoln Camden
"""

# Words that must not stand alone as a surname alias or a one-word name (common words,
# first names, ambiguous surnames). A hit is an error for `s:` aliases.
NOT_ALONE = """
May Young Rice Bush Truss Costa Montenegro Paz Peña Castro Fernández Sánchez Martin Harris
Johnson Kim Lee Li Wang Zhang Park Singh Shah Gandhi Khan Ali Dan Pavel Magyar Morales
Gonzalez González Rodríguez Castillo Lasso Borne Champagne Ford Blair Powell Cameron Brown
Carter Jordan Grant Henry Howard Francis Jay Tony Mark Marco Pedro Luis José Maria María
Ana David Paul Peter John James Mike Michael Robert William Charles George Alexander Kristi
Gabriel Daniel Javier Julia Kamala Rishi Keir Olaf Emmanuel Giorgia Narendra Luiz Claudia
Donald Joe Jinping Abe Suga Wong Lam Uribe Kirchner Fujimori
"""


# Generated spellings that are ordinary words and must not be emitted.
BLOCKED_VARIANTS = {"Store", "MIT"}


def _fold_letters(s):
    """Drop diacritics and fold letters that NFKD leaves alone; punctuation is kept."""
    extra = {"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
             "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "ð": "d", "ħ": "h"}
    s = "".join(extra.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(name):
    s = _fold_letters(name)
    s = s.replace("&", " and ")
    s = re.sub(r"['’‘.]", "", s)
    s = re.sub(r"[^A-Za-z0-9]+", "-", s).strip("-").lower()
    return s


ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def _variants(pattern):
    """The pattern and the spellings a bulletin may use for it."""
    out = [pattern]

    def add(f):
        for p in list(out):
            q = f(p)
            if q and q != p and q not in out:
                out.append(q)

    add(_fold_letters)                                          # Andrés -> Andres
    add(lambda p: p.replace("–", "-"))                          # en dash -> hyphen
    add(lambda p: p.replace("'", "’"))                          # straight -> curly apostrophe
    add(lambda p: p.replace("ș", "ş").replace("ț", "ţ").replace("Ș", "Ş").replace("Ț", "Ţ"))
    add(lambda p: re.sub(r"\bU\.S\.(?=[ –-])", "US", p) if "U.S." in p else
        (re.sub(r"\bUS(?=[ –-])", "U.S.", p) if re.search(r"\bUS[ –-]", p) else None))
    add(lambda p: re.sub(r"\bU\.N\.(?= )", "UN", p) if "U.N. " in p else
        (re.sub(r"\bUN(?= )", "U.N.", p) if re.match(r"UN ", p) else None))
    return out


def _is_acronym(p):
    letters = [c for c in p if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def parse(label, text):
    """Yield (id, [entries]) for each source line."""
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        fields = [f.strip() for f in line.split(" | ")]
        primary = fields[0]
        thing_id, qid, names = None, None, []
        for f in fields:
            if f.startswith("id:"):
                thing_id = f[3:]
            elif f.startswith("q:"):
                qid = f[2:]
            elif f.startswith("s:"):
                if label != "PERSON":
                    raise SystemExit(f"{label} line {n}: surname alias on a non-person: {line}")
                names.append((f[2:], True))
            else:
                names.append((f, False))
        if thing_id is None:
            thing_id = slug(primary.rstrip("!"))
        yield n, thing_id, qid, names


def build():
    sources = [("PERSON", PERSON, "person.jsonl"), ("ORG", ORG, "org.jsonl"),
               ("LAW", LAW, "law.jsonl"), ("EVENT", EVENT, "event.jsonl"), ("FAC", FAC, "fac.jsonl")]
    files = {}
    seen = {}          # pattern -> (label, id, where)
    errors, warnings = [], []
    places = set(PLACES.split()) | {"Kuala Lumpur", "Hong Kong", "Addis Ababa", "New York",
                                    "Mexico City", "Panama City", "Cape Town", "The Hague",
                                    "Rio de Janeiro", "São Paulo", "Sao Paulo", "New Delhi",
                                    "Bocas del Toro", "Eastern Cape", "Saudi Arabia",
                                    "South Africa", "South Korea", "North Korea", "Costa Rica",
                                    "El Salvador", "Puerto Rico", "New Zealand", "Sri Lanka"}
    not_alone = set(NOT_ALONE.split())
    for label, text, fname in sources:
        rows = []
        for n, thing_id, qid, names in parse(label, text):
            if not ID_RE.match(thing_id):
                errors.append(f"{label} line {n}: bad id {thing_id!r}")
            if qid and not re.match(r"^Q[0-9]+$", qid):
                errors.append(f"{label} line {n}: bad qid {qid!r}")
            for raw, surname in names:
                exact = raw.endswith("!")
                raw = raw.rstrip("!")
                if surname and (raw in not_alone or _fold_letters(raw) in not_alone):
                    errors.append(f"{label} line {n}: {raw!r} must not be a surname alias")
                for pat in _variants(raw):
                    if pat in BLOCKED_VARIANTS:
                        continue
                    if pat in places or _fold_letters(pat) in places:
                        errors.append(f"{label} line {n}: {pat!r} is a place name (GPE)")
                        continue
                    if " " not in pat and pat in not_alone:
                        warnings.append(f"{label} line {n}: one-word pattern {pat!r} is on the not-alone list")
                    key = pat
                    if key in seen:
                        l0, i0, w0 = seen[key]
                        if (l0, i0) != (label, thing_id):
                            errors.append(f"{pat!r} is {label} {thing_id} at {fname}:{n} but {l0} {i0} at {w0}")
                        continue
                    seen[key] = (label, thing_id, f"{fname}:{n}")
                    obj = {"label": label, "pattern": pat, "id": thing_id}
                    if qid:
                        obj["qid"] = qid
                    if exact or _is_acronym(pat):
                        obj["case"] = "exact"
                    if surname:
                        obj["surname"] = True
                    if pat != pat.strip() or "  " in pat:
                        errors.append(f"{label} line {n}: bad spacing in {pat!r}")
                    rows.append(obj)
        files[fname] = rows
    return files, seen, errors, warnings


def main():
    check_only = "--check" in sys.argv
    root = Path(__file__).resolve().parents[1] / "entities"
    files, seen, errors, warnings = build()
    # Patterns defined by the other lexicons (GPE, NORP, LOC) must not be redefined here.
    for other in ("gpe.jsonl", "norp.jsonl", "loc.jsonl"):
        path = root / other
        if not path.exists():
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            line = line.strip()
            if not line or line.startswith("//"):
                continue
            e = json.loads(line)
            if e["pattern"] in seen:
                l0, i0, w0 = seen[e["pattern"]]
                if (l0, i0) != (e["label"], e["id"]):
                    errors.append(f"{e['pattern']!r} is {e['label']} {e['id']} in {other}:{n} but {l0} {i0} at {w0}")
    for w in warnings:
        print("warning:", w, file=sys.stderr)
    if errors:
        for e in errors:
            print("error:", e, file=sys.stderr)
        sys.exit(1)
    for fname, rows in files.items():
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        if not check_only:
            (root / fname).write_text(text, encoding="utf-8")
        print(f"{fname}: {len(rows)} entries, {len({r['id'] for r in rows})} ids")
    print(f"total: {sum(len(r) for r in files.values())} entries")


if __name__ == "__main__":
    main()
