package dev.byline.core.quotes;

import dev.byline.Article;
import dev.byline.Attribution;
import dev.byline.Person;
import dev.byline.Quote;
import dev.byline.QuoteKind;
import java.util.List;
import java.util.Objects;

/**
 * Finds the reported speech of a news article — every quotation someone is reported as saying or
 * writing — with its exact text, its location in code points, its kind and who said it, as the
 * article establishes the speaker. Deterministic and rule-based: no network, no model, nothing
 * downloaded; linear time in the length of the text.
 *
 * <pre>{@code
 * List<Quote> quotes = QuoteFinder.find(headline, paragraphs);
 * }</pre>
 *
 * <p>Quotation marks are read in any language; attribution (cues, names, pronouns, titles) is
 * English only: in text of another language the finder reports the quotations with explicitly
 * unknown sources unless a name it can read stands at an English cue.
 *
 * <h2>Reported speech only</h2>
 *
 * <p>{@code find} leaves out what stands between quotation marks but is nobody's words (schema.org
 * would not call it a {@code Quotation}): titles of works, names and nicknames, terms and words
 * talked about, and scare quotes. A quotation that forms a sentence of its own
 * ({@link QuoteKind#FULL}) is reported — also written words: a tweet, a statement, a sign — unless
 * it is a name after its naming noun and a comma ("the team’s nickname, “the Gunners”", "his
 * latest album, “Midnights”") or a link to another story after its label ("Read more:", "Related:",
 * "See also:", "Read next:" and the like: "Read more: “Why the economy is slowing”"), a title after
 * a titling verb and a comma or colon ("a piece entitled, “Why Are People Paying Attention?”"), or
 * three or more words written like a title that do not end like a sentence, in a sentence with no
 * cue ("“Time In A Bottle,” X-Men: Days Of Future Past"; but "‘We Got Her!’ Video Shows …" quotes
 * someone); those are left out in any form. A fragment ({@link QuoteKind#PARTIAL}) is left out when
 *
 * <ul>
 *   <li>a naming word stands just before it: "a film <i>called</i> “…”", "<i>so-called</i> “…”",
 *       "<i>dubbed</i> the “…”", "<i>known as</i> the “…”", "<i>titled</i>", "<i>nicknamed</i>",
 *       "which <i>stands for</i> “…”", or a noun such as "the <i>word</i> “We”", "the <i>term</i>",
 *       "his <i>book</i> “…”", "the <i>song</i> “…”", "1978’s “…”", a gloss ("<i>meaning</i> “the red
 *       one”"), a naming verb and its object ("astronomers <i>dubbed it</i> “the fire star”") — but not
 *       "what <i>he called</i> “experiments”" or "<i>called it</i> “a disgrace”", which are his words,
 *       while "what <i>I call</i> the “…”" is the writer's term;
 *   <li>it is written like a title, every word capitalised but the small ones ("Takin’ It to the
 *       Streets", "Mary Poppins"), or in parentheses after a name;
 *   <li>it names what the next noun is: "the “Starts with one” <i>campaign</i>", "a “ground glass”
 *       <i>pattern</i>" (with no cue in the sentence); and, even in a sentence with a cue, a label of up to
 *       four words that ends in a letter or digit and stands between a determiner or possessive pronoun
 *       (a, an, the, his, her, its, their, our, my, your, this, these, those) and a lower-case word that
 *       is no function word or cue, also ending in "!" or "?": "a “skinny” trade deal", "his “tough on
 *       China” stance", "our “eureka!” moments", "the
 *       “interim” government" — unless it repeats words an earlier quotation gave a speaker;
 *   <li>it is one or two lower-case words after a determiner that opens the sentence or follows a
 *       comma, and a verb comes next: the subject in scare quotes ("The “experts” were wrong again,
 *       the columnist argued"); after a cue ("Jane Roe said the “experts” were wrong") it is her word;
 *   <li>it is a short fragment — one word, or up to six words — in a sentence with no cue at all
 *       (scare quotes: "a 55-kilometer “de-confliction zone”"), unless it repeats words an earlier
 *       quotation gave a speaker;
 *   <li>the writer's own sentence holds it ("I once made the mistake of calling a sleeping bag a
 *       “mummy bag”").
 * </ul>
 *
 * <p>A heading that is nothing but a quotation is reported (it quotes someone). The seed article's
 * headline quotation, "won’t ‘compromise on core principles’" after "Secretary general:", stays a
 * partial quotation by Jens Stoltenberg.
 *
 * <h2>Quotation marks</h2>
 *
 * <ul>
 *   <li>Double: {@code “…”}, {@code "…"}, German {@code „…“}, French, Spanish, Italian and Portuguese
 *       {@code «…»}, German {@code »…«}; a double opened by one closes with any double closer, so a
 *       straight opening mark and a curly closing one pair ({@code "…”}). Double marks do not nest: a
 *       second opening double inside an open one is part of the text.
 *   <li>Single: {@code ‘…’}, {@code '…'}, German {@code ‚…‘}, {@code ‹…›}, {@code ›…‹}, in the
 *       headline and the body. Inside a double quotation they are part of its text (a quotation
 *       within a quotation); a double quotation inside a single one likewise.
 *   <li>A right single mark or a straight one between letters or digits is an apostrophe
 *       ({@code won’t}, {@code Russia’s}); before a digit or in ’em, ’til, ’tis, 'cause it is an
 *       elision ({@code ’90s}); after a plural's s with no single quotation open it is a possessive
 *       ({@code voters’}), and so it is inside an open single quotation before a space and a
 *       lower-case word when a mark later in the paragraph can close the quotation
 *       ({@code ‘The Smiths’ house is on fire,’ she said}). A single mark still open at the end of the paragraph, or when a double
 *       closes over it, was an apostrophe.
 *   <li>Two right single marks, or two straight ones, in a row and not before a letter or digit close
 *       an open double quotation as one mark, as typewriter-style news copy writes it
 *       ({@code “It was a mistake,’’ she said}); the text ends before the first of them.
 *   <li>A double quotation that never closes runs to the end of its paragraph (in a headline it is no
 *       quotation). One running over several paragraphs — the opening mark repeated at the start of
 *       each, no closing mark until the last — is one {@link Quote} per paragraph, all with the
 *       attribution found where it closes (or, if none, where it opened). The same quotation with
 *       its paragraphs run into one (an article body whose paragraphs were joined: "…about that.
 *       “As I say, …”") is read the same way: inside an open double quotation, a {@code “} — or a
 *       {@code "} with a space before it — that follows a sentence end ({@code . ? ! …}) and a space
 *       and comes before a capital letter or digit opens the next paragraph of the quotation; the
 *       open one ends after the sentence end.
 *   <li>Marks around no letter or digit quote nothing.
 * </ul>
 *
 * <p>{@link Quote#getText()} is exactly what stands between the marks, byte for byte — including
 * any space the typography puts inside them: the French {@code « Bonjour »} gives the text
 * {@code " Bonjour "} with its no-break spaces; the location is that span, in code points.
 *
 * <h2>Kind</h2>
 *
 * <p>{@link QuoteKind#FULL} when the quotation is a sentence of its own: it opens the paragraph or a
 * sentence; it follows a colon, a dash, a semicolon, a cue verb ("he said “We…”"; also in lower case when it starts with a personal pronoun, maybe contracted with its verb, and ends
 * a sentence: "adding “we need everyone on it.”", "insists “we’ve won …”"), a cue verb and whom it
 * tells ("told him “I think …”"), or a comma that
 * ends a clause with a cue ("stated, “We…”", "As he related, “the…”") or is followed by one
 * ("For the industry, “2020 will…,” Ward says"); it follows "that" and starts with a personal
 * pronoun and ends a sentence ("said that “we have received … .”"); or it goes on a full quotation
 * after "and" ("chanted “Fund our schools,” and “Put kids first,”"). Otherwise
 * {@link QuoteKind#PARTIAL}: a fragment the writer worked into a sentence — also a sentence-opening
 * quotation the writer's sentence goes on from ("“The people of this country aren’t buying”
 * impeachment, Trump said"), a fragment after a comma in a list, a fragment inside a that-clause, and
 * a heading of up to six words.
 *
 * <h2>Speakers</h2>
 *
 * <p><b>Page furniture.</b> A paragraph with no quotation of at most twelve words that opens as the
 * furniture of a scraped page does — "Advertisement", "Story continues below advertisement", "READ
 * MORE: …", "Related: …", "Photo: …", "Credit: …", "Watch:", or the one word "Image" of a picture
 * left out — is read past as though it were not there: the paragraphs on either side are next to
 * each other for pronouns and continuation. Quotations keep the number of the paragraph they stand
 * in.
 *
 * <p><b>The register.</b> Before attributing anything the finder reads every paragraph for people as
 * the article introduces them, and each later mention resolves to the person so introduced:
 *
 * <ul>
 *   <li>titles and organisations before a name: "NATO Secretary-General Jens Stoltenberg" is the
 *       {@link Person} Jens Stoltenberg, title Secretary-General, affiliation NATO; "Wild coach Bruce
 *       Boudreau" has the title coach; "China’s ambassador to Britain Liu Xiaming", "JPL scientist and
 *       study co-author Michael Malaska" name the person last, also when the organisation after the
 *       title opens with "the" ("U.S. Ambassador to the U.N. Linda Thomas-Greenfield": a title opening
 *       the subject after an organisation's words is the person's, not the organisation's);
 *   <li>appositives: "Jane Doe, the mayor of Springfield," gives title mayor and affiliation
 *       Springfield; "Avi Bell, senior fellow at …"; a single capitalised word before an appositive
 *       between commas that holds a person noun or title and is followed by a cue is a person known
 *       by that one name, even at the start of a sentence ("Lee, the Democratic Party leader, said",
 *       "Smith, the company’s chief executive, said:"); a party and state ("Sen. Ben Sasse, R-Neb.,
 *       called …", "“…,” Johnson, R-La., said", "Mike Johnson (R-La.) said"): a period before a
 *       comma, colon, semicolon or closing bracket never ends a sentence;
 *   <li>a possessive after an abbreviation's period belongs to it ("the F.B.I.’s New York office");
 *   <li>a profession in "-ologist" or an adjective such as "Longtime" opening the sentence is no part
 *       of the name after it ("Sociologist Elizabeth Sweet says", "Longtime Donald Trump ally"); nor is
 *       a compound with a lower-case part, wherever it stands ("Ex-escort-turned-hairdresser Nikkie
 *       Brass told", "said Oscar-winning Jane Doe"): no name is written so; a title that is also a
 *       given name ("Dean") before one name word and an appositive of the person's role is the
 *       given name ("says Dean Nelson, a senior ranger …"), and stays a title otherwise ("Dean Jane
 *       Roe");
 *   <li>kin named by their role ("Mom", "Dad", "Grandma"), party members in the plural ("Democrats",
 *       "Tories") and an imperative opening a sentence ("Ask Damien Chazelle why …", "Enter Stuart
 *       R. Kaplan.") are no names;
 *       an indefinite noun phrase at a cue is someone unnamed whatever its capitals: "“…,” a Michigan
 *       Republican said", "said a New Hampshire Republican", "added another commonwealth
 *       Democrat", "One Nevada Democrat asked" keep their cue and name nobody;
 *   <li>honorifics (Mr, Mrs, Ms, Miss, Dr, Prof, Sir, Dame, Rev, and a peer's Lord, Baron, Baroness)
 *       are dropped from the name and give the gender: "Mr. Trump" is Trump, "Lord Baker" is Baker; titles such as Sen., Rep., Gov., Gen., Lt., Col., Supt.,
 *       Sgt., Det., Insp. (and Ireland's Taoiseach and Tánaiste) are titles; a royal title with a single name stays part of it ("Prince
 *       Andrew"); middle initials, runs of initials and suffixes stay as written ("James P. Kennedy Jr.",
 *       "P.J. Crowley"); a capitalised particle
 *       that opens a name stays part of it ("Van Der Beek", "Al Gore"); lower-case particles inside a
 *       name, one or two of them, keep it whole ("Ursula von der Leyen", "Bill de Blasio", "Mohammed
 *       bin Salman"), and a later mention that opens with them, in either case, is that person ("von
 *       der Leyen said", "De Blasio said"); a hyphenated word whose
 *       last part is a person noun is a title, no name ("Singer-guitarists Tom Johnston");
 *   <li>a given name that is also a word — "Will", "May", "June", "April" — is a name when it opens
 *       a run of capitalised words mid-sentence, before another name word, and no preposition or
 *       number makes it a date: "said Will Tjernlund", "“…,” Will Moy, chief executive of …"; at
 *       the start of a sentence ("Will Trump sign?") or after "in" ("in May Smith said") it is none;
 *       such a word ends a name after a given name or an honorific ("Theresa May", "Mrs May"), and
 *       alone mid-sentence it is the person of that surname once one is registered ("“…,” May
 *       said"), never before a number ("May 5") or after a word that makes it a date;
 *   <li>capitalised words after an article that head their phrase describe someone and name nobody
 *       ("Senator James Lankford, an Oklahoma Republican who …", "the Democrat said") — unless they
 *       open with an honorific or a title ("the Rev. Al Sharpton"); after a number they describe a
 *       group ("nine African-American churchgoers"); a capitalised person noun before two name
 *       words is no part of the name, whether it opens the sentence ("Farmer Chad Smith said" is Chad
 *       Smith) or ends a run of titles ("… Health Policy Consultant Bill Bowtell" is Bill Bowtell);
 *       relational nouns are person nouns too ("His City team-mate Raheem Sterling", "Qureshi's
 *       Chinese counterpart Wang Yi", "Gmail inventor Paul Buchheit"); one capitalised word after
 *       an article or a possessive and a lower-case word is a title or a thing ("the upcoming
 *       Mordecai", "the new Batman", "one single-vineyard Frühburgunder"), unless it is a registered
 *       surname ("the embattled Johnson"); "this" and "that" open times, not things ("This week Ed
 *       told …"); capitalised words
 *       right after a noun of works (film, movie, drama, show, album, book, magazine, spacecraft,
 *       app, play and the like) name the work, not a person ("the romance La La Land", "the 2014
 *       drama Whiplash"), unless a given name opens them ("the show Maria Smith hosts") or the noun
 *       is a verb ("agreed to play Rose-Lynn Harlan"); a run that ends in a place word (Tower,
 *       Street, County, Park, Hill and the like) is a place ("Trump Tower", "Morton County"), unless a
 *       given name opens it ("Fiona Hill"); capitalised words after "the" before a verb in the
 *       plural are a group ("The Little Monsters are praying"); platforms and companies known the world over by one word
 *       (Facebook, Twitter, Instagram, Google, Microsoft and the like), countries ("Ukraine",
 *       "Israel") and states or provinces known by one word ("Texas", "Wyoming", "Ontario"; not those
 *       that are also common given names or surnames, such as Georgia or Washington) are
 *       organisations, never a person a "he" or "she" takes up ("This is Elizabeth Snyder's Facebook
 *       post. She writes, …"; "Ukraine “has threatened …,” he said"; "Wyoming will be able to …, he
 *       added" is not Wyoming);
 *   <li>a later name after lower-case words is the head of a phrase only after a person noun
 *       ("Goddard planetary scientist Avi Mandell"); after a name and a verb it is the object, and the
 *       name before stays the subject ("Jane Roe married John Doe": she is the subject);
 *   <li>a name that ends a run joined by "of" is the person and the rest describes them: "U.S.
 *       Secretary of State Hillary Rodham Clinton", "Bank of England Governor Mark Carney".
 * </ul>
 *
 * <p>A later mention by surname ("Stoltenberg", "Mr Stoltenberg", "Sen. Reed"), by the first word of
 * a name ("Liu" of Liu Xiaming, "Ivan" of Ivan Braiker; also opening a sentence with no cue after it,
 * "Jenelle followed her confession …", unless the word is also a common word such as "Will" or "May";
 * a known given name joined by "and" to a full name shares its surname: "Sara and Sameer Ahmed" names
 * Sara Ahmed too),
 * or by a title ("the mayor", "Secretary
 * general") is that person, with the full name the article gave. A definite description matches a
 * registered title by its whole words or a shorter ending of them ("the former prime minister", "the
 * Home Secretary"), else by the title's last noun when exactly one person's title ends with it ("the
 * judge" after "US District Judge Jane Roe", "the minister" after "Former Prime Minister Gordon
 * Brown"); two people whose titles end with the same noun leave it to the rules for descriptions
 * below; when several people share a
 * surname, the one introduced last before the mention. A name of three words is also found by its
 * middle word, the first of two surnames in Spanish and Portuguese names ("Salinas said" after
 * "Guadalupe Salinas Hernández"). A registered surname that also opens place names ("White",
 * "North", "Black") is the person when it stands alone. A surname alone that the article never
 * completes is the person's name ("Trump"). A mention of two or more words that ends a registered
 * name with whole words ("Van Der Beek" after "James Van Der Beek", also at the start of a sentence)
 * is that person, never a second one. A capitalised word that only starts a sentence
 * ("Earlier", "Teachers", "Others") or sits inside a quotation is never a name; a place before
 * (New York, Hong Kong) is no person. A dateline that opens a paragraph — the place in capitals, a
 * state or country after a comma, the agency in brackets and a dash ("WASHINGTON (AP) —", "ST. LOUIS,
 * MO (KTVI) –", "NEW YORK--") — names no one: the sentence's subject comes after it. A full name that only a quotation gives ("“… Investor Advocate
 * Rick Fleming said …,” reports …") is registered after every name outside quotations, for a surname
 * no one else has, so that "said Fleming" later is Rick Fleming; it never makes a subject or speaker
 * by itself.
 *
 * <p><b>Organisations</b> speak as such: a name with an organisation word or in capitals ("the
 * Swedish Prosecution Authority", "Kotak Institutional Equities", "Coombe Castle International" — "International" ends no person's name —, "WHO"; joined by "and", "of" or "for"
 * when an organisation word ends it or stands in its first part and no given name opens it: "the
 * National Oceanic and Atmospheric Administration", not "Rosaly Lopes of NASA"; never across "on"
 * before a day or a month: "Scientists on Monday unveiled" names nobody), a name right after a
 * lower-case noun for a kind of organisation (company, firm, group, charity, club, agency and the
 * like), carried on by "of", "for" or "and" and opened by no given name or registered surname ("the
 * charity Medical Aid for Palestinians", "the firm Goldman Sachs"), one capitalised word in the
 * plural after "the" with no noun after it — a team, a band, a paper: "the Orioles said", "the
 * Sooners said", "the Times reported" — but not a people or a party ("the Israelis", "the
 * Democrats", who stay unknown), a described one ("Russia’s
 * foreign ministry", "the US military", "the French foreign ministry" — a capitalised word before at
 * most two lower-case words and an organisation noun modifies that noun), and descriptions that refer back: "the company", "the
 * agency", "the club", "the zoo", "the guild" are the nearest organisation the article made a subject, "the ministry" or
 * "the police" the nearest whose name holds that word — and when no subject fits, the last name
 * of two or more words holding that noun, capitalised, that the article gave before, wherever it
 * stood ("born at the Denver Zoo … “…,” the zoo said" is the Denver Zoo; "the University of Oklahoma
 * … the university said") ("the force" also a police force or
 * constabulary: "Staffordshire Police … the force said"); an organisation noun with no determiner
 * ("police said", also "Police said" or "Authorities said" opening a sentence when the word is
 * never capitalised elsewhere), or after a word capitalised only because it opens the sentence ("Local
 * authorities warned"), names none; "it" and "they" the nearest organisation (or group named as a plural
 * subject), and "they" with none is someone unknown, never the last speaker ("“It’s not fake,” they
 * told Rogan"); an unnamed spokesperson, representative or official of a named organisation ("a WeWork
 * spokesperson", "a spokesperson for the British Foreign Office", also "A spokesperson for …" and "A Downing Street spokesman" at the start of a sentence, where "A" is the article and no name;
 * a name of several words before the noun is the organisation's unless a given name or a registered
 * surname opens it: "an Air Mobility Command spokesperson", "a company spokesperson" after
 * "WeWork is …") is the organisation — but a spokesperson of a person the article names ("Doe’s
 * spokesman" after Jane Doe) or of a person by title ("A spokesperson for the mayor said") is an
 * unknown source; a named person's family speaks as one group, an
 * organisation named as written ("Cameron's family said", and "They said" after it) — a noun in -ly
 * before the cue is a subject, not an adverb ("the family said", "a close ally said" against "reportedly
 * said"); a name that ends in ’s with nothing possessed
 * after it is an organisation's name as written, and the cue after it a verb ("McDonald’s said",
 * "Moody's said": McDonald’s, Moody's); "the statement said" is whoever last spoke "in a statement" or
 * issued one (a statement, release, memo, filing, post, tweet, report, forecast, study, survey,
 * analysis or letter); "a report from Kotak", "a 2014 report from the World Bank" are Kotak and the
 * World Bank, "a Moody’s Analytics’ forecast" is Moody’s Analytics; "the bureau" is the nearest
 * organisation, like "the agency".
 *
 * <p><b>Pronouns.</b> "he" and "she" are the nearest person of that gender named earlier in the same
 * sentence (not a name that only modifies a noun, as in "a Tumblr post", nor the object of a
 * preposition, as in "shared by Ukraine", nor a name new in that sentence with no title and no
 * known gender while a recent subject is a person known to be of the pronoun's gender: "Kristen Wiig
 * …. Before Bridesmaids, she was known …" is Kristen Wiig), else the nearest earlier
 * subject of that gender — the person a sentence was about, not only the last quoted speaker. Before
 * that, the previous sentence's subject when it is a person known to be of that gender, by a pronoun
 * before or by a given name ("Alexander Stodden … he agrees", not his father Gerhard named before; the subject
 * goes on: "he emailed Gaiman …. “…,” he wrote" is not Gaiman); then a person of that gender named in
 * the previous sentence; or, when the previous sentence names
 * exactly one person who could be the subject (not only after a preposition, "than", "and" or "or":
 * "more nervous than Rose-Lynn Harlan", "he and Dorsey"), that person ("… — Bassi, 43 years a
 * fisherman, keeps an eye on it. “…,” he said") — within the paragraph, or across a paragraph break
 * when the latest subject cannot be the pronoun ("She later asked John Doe …" then "“…,” he
 * replied": John Doe). A resolved pronoun gives the person its gender. A pronoun with a contracted
 * verb ("He’d", "she’ll", also "I’m", "I’ve") is that pronoun, never a name, and a pronoun subject
 * takes no appositive from later in its sentence ("he’d send chapters to friends, including
 * Gaiman").
 * "his"/"her" in "In her view," likewise. A sentence's subject comes after its opening phrase — one
 * that starts with a preposition or conjunction ("From", "While", "After" …) or a word in -ing or
 * -ly, or a phrase of time of up to five words ("The following Monday evening,", "That night,"; with
 * no comma too when a preposition of time opens it, maybe after "but" or "and", and "the", "a" or a
 * capitalised word follows: "But on Thursday night the Home Office watered down …") —
 * and after participle phrases that follow it ("From the deck of his schooner, undergoing an
 * overhaul in Seattle, skipper Wade Bassi has …": Wade Bassi), at most three phrases. A one-word name
 * the article gives an organisation appositive ("Square, a company that …", ", an airline …") is an
 * organisation wherever it stands, so "he" never takes it up ("after Square was founded, McKelvey …
 * “…,” he told Mashable": McKelvey).
 *
 * <p><b>Descriptions that stand for a named person.</b> A definite description with a person noun
 * that news writing uses as another word for someone it has named — an age ("the 56-year-old") or a
 * role ("the actress", "the far-right activist, 41,", "the Goop founder", "the singer") or a
 * nationality ("the Malawian told Al Jazeera", "the 36-year-old Spaniard said") — is the
 * nearest earlier subject who is a person of the gender the noun gives, if any ("actress", "actor"),
 * unless that nearest subject is itself unnamed ("a police officer was hurt … the officer said" stays
 * unknown). Nouns used for people a report does not name ("the officer", "the victim", "the source",
 * "the man", "the witness", "the doctor", family words and the like) and plurals never take anyone up,
 * unless an age comes with them ("the 45-year-old mother of three"). An unnamed subject in the plural
 * ("Analysts disagreed"), or a body of people ("The team spread a white sheet …": team, group,
 * company, club …, but not "the team leader"), is never a later "he" or "she": they look past it. An
 * unnamed subject of the
 * pronoun's gender ("The woman, then 25, told Ailes …") stops a later "she" from reaching back past
 * her to someone named before ("… she said" is the unnamed woman, not Laterza named before her). A count of children
 * after a family word works like an age ("the mother of two", and British news's "the mum-of-two",
 * "the father-of-3", whose parent's word gives the gender). A capitalised title after "the" is
 * such a description too, when its last word is a title and at most one word of it is no title
 * ("the Prime Minister said", "The Prime Minister said:", "the Home Secretary", "the Tory MP"); more
 * ("The United Nations High Commissioner for Human Rights") leaves it an organisation's name. MP,
 * MEP, MSP, MLA, PM and Whip ("Chief Whip") are titles ("The PM said:", "the Deputy PM added"); "the Democrat", "the Republican", "the billionaire" are descriptions
 * of this kind. A sentence adverb before the subject ("Later", "Earlier", "Meanwhile",
 * "Separately", "Previously", "Afterwards", "Finally", "Instead", "Still") is no part of it.
 *
 * <p><b>"who said".</b> When "who" itself is the cue's subject, the speaker is the name just
 * before it, past an age between commas: "Among them was Jane Roe, 67, who said: “…”", "Police
 * spoke to Jane Roe, who said …" (Jane Roe, not the police). A "which" clause describes a thing and
 * gives no speaker ("one user on Weibo, which is …, posted" is the user).
 *
 * <p><b>Unknown sources stay unknown.</b> An unnamed or unidentified source — "one legal expert",
 * "a person familiar with the matter", "officials", "the source", "a spokeswoman for Neumann" (who
 * speaks for a person), "the doctors", a phrase opened by an indefinite determiner (a, an, one,
 * another, some, several, many, few, other, two to five) whose name only modifies an unknown noun
 * ("one Weibo <i>commenter</i>") or whose head is an organisation noun ("one campaign video"), and a
 * title alone after such a determiner ("one neo-bank CEO": a person, no organisation), and a common
 * noun phrase that is neither a person nor an organisation the finder knows (a, an, the, one,
 * another, someone and one to three lower-case words: "“Are you OK?” the voice asked", "a crowd
 * shouted “…”") — gives an {@link Attribution} with no source
 * ({@link Attribution#isSourceKnown()} is {@code false}) that keeps its cue. The finder never guesses.
 * A "he" or "she" right after such an unnamed subject is that unknown source, unless the subject's
 * noun gives the other gender ("Her husband worked as a cook. … “…,” she said" looks further back,
 * to the nearest earlier subject who may be a woman). A common given name that is only a woman's or
 * only a man's in English-language news (a list of about 240 of each; Taylor, Jordan, Alex, Kim and
 * the like are in neither) rules its bearer out for the other pronoun, and does no more: after
 * "Michelle Obama …" and "Donald Trump …", "she said" is Michelle Obama.
 *
 * <h2>Attribution, in this order</h2>
 *
 * <ol>
 *   <li><b>an inverted cue opening the sentence</b>: a reporting verb in the past, capitalised,
 *       then the speaker: "Replied Stephen Jones, with some delicacy, “…”", "Concluded the
 *       researchers: “…”" (the verb is no part of the name);
 *   <li><b>a signature</b>: a dash after the quotation and a name that ends the paragraph, or a name
 *       and a comma before the work or role it is signed with: "“…” — Neil Gaiman", "“…” – Charles
 *       Dickens, A Christmas Carol";
 *   <li><b>after the quotation</b>, in its sentence, before the next quotation: "…,” said
 *       Stoltenberg.", "…,” Stoltenberg said in a statement.", "…,” Mayer, Disney’s chairman, said
 *       Tuesday.", "…” impeachment, Trump said", "…!” Trump tweeted.", "…,” according to the
 *       ministry.", "…,” the BBC quoted her as saying." (whom a medium quotes or cites as saying is the
 *       speaker) — unless a colon after the cue hands it to the next quotation ("“…” Smith agreed:
 *       “…”"; not when a second verb owns the colon: "…,” Doe said, adding: “…”"), or the words after it start a clause of their own ("…,” and analysts told …"); when
 *       the quotation is introduced by a cue and a comma or colon ("and said, “…,” the office said"),
 *       that cue comes first; a participle right after the quotation ("…”, saying he trusted …",
 *       "…”, adding …") speaks for the sentence's subject, with the sentence's own verb as the cue when
 *       it has one ("Pompeo said that … “…”, saying he …" is Pompeo, cue "said"), never for the noun
 *       phrase after it;
 *   <li><b>before it</b>, in its sentence: the last reporting cue ("said", "told reporters",
 *       "according to", "In her view,", "Mr. Trump’s announcement that …") and its subject — the
 *       noun phrase just before the verb, past appositives and relative clauses (an appositive that
 *       opens with a title or a person noun describes the person named before it: "Rob Goldman,
 *       President Ascom North America, says:", "Bob Bruni, president of Urban Land Interests and a
 *       member of the DMI panel, said"; "McCormick, who has
 *       split from …, told teachers"; before a relative clause also a name or organisation first met
 *       there: "the Electoral Commission, which regulates campaign finances, issued a statement
 *       warning that “…”"; "which" right before the cue is the organisation just before it: "a
 *       lawsuit with ZeniMax Media, which accuses Oculus of “misappropriating” …", while a lower-case
 *       thing before "which" speaks for nobody), else the sentence's subject ("… but stated “…”"); a
 *       participle after a comma ("…, telling reporters it had become “impossible”") speaks for the
 *       sentence's subject when that is a name or a pronoun, not for the object before the comma
 *       ("Han Dong-hoon, the leader of the PPP, urged Yoon to step down, telling …" is Han Dong-hoon);
 *       but a phrase opened by "with" right before the cue gives its own subject, named or not, never
 *       the sentence's ("Robert Jenrick was among the critics, with a source close to him saying: “…”"
 *       is an unknown source; "with Tesla saying" is Tesla);
 *       the subject of a passive cue that names a listener ("told", "warned", "advised", "asked",
 *       "informed", "reminded", "assured", "urged") or the one described ("described", "called",
 *       "branded", "labelled", "dubbed", "accused", "praised", "condemned" and the like) is not the
 *       speaker: "she was warned that “…”" and "who was described as “armed and dangerous”" are
 *       nobody named, "she was told by John Doe that “…”" is John Doe;
 *       a verb of remembering or hearing with "him" or "her" and a verb of saying quotes that person
 *       ("“…,” she recalls him saying"); a possessive reply quotes its owner ("She remembers Ailes’s
 *       reply: “…”"); the source named after "according to" in a sentence with no quotation is the
 *       one a following "he" or "she" takes up ("The results, according to Jeff Schlegelmilch, …,
 *       were mixed. “…,” he said.");
 *       a name after a preposition and a date before the verb is its subject ("However on March 6 Mr
 *       Joseph wrote that …"); an infinitive cue right before a comma or colon and the quotation
 *       quotes ("He was unable to say, “Yes, I was that young lieutenant.”"), for the sentence's
 *       subject, or for nobody named when a person noun stands before "to" ("one person to say,
 *       “…”"); an unnamed person who tells something in a sentence with no quotation ("…, a source close to
 *       the investigation has told Reuters.") is the one a following "he" or "she" takes up, and stays
 *       unknown; words
 *       relayed inside a that-clause stay the reporter's ("Pompeo said that … Washington had
 *       concluded “…”"); an opening "Speaking at …," or "In a statement," and "said in a statement:"
 *       give the occasion; a cue between commas with its subject after it names that subject ("The
 *       biggest reason advisers get fired, writes Beyer, is “…”") — not a participle or "tell" or
 *       "ask", whose noun phrase is the listener (", telling Cook, “…”");
 *   <li><b>the reporting clause that closes the sentence</b>: after the sentence's last comma, with
 *       no quotation after it, a subject of at most seven words and a reporting verb ("… is “growing
 *       at an alarming rate” and affects every community, Noem said in …", "“We don’t want those
 *       people” working in prisons, she said."), or the verb and then its subject ("…, reports
 *       Wee."), or a name, an appositive and the verb ("… when he returns, Binyah Kesselly, chairman
 *       of the Liberia Airport Authority, told reporters."); when an appositive ends the sentence, the
 *       clause starts at the comma before it (", said Joseph Seneca, a Rutgers University economist.");
 *       a name no introduction established, just before the cue after a comma, gives way to an
 *       established name earlier in the same run of appositives ("“…,” tourist Joe Hyland, 18, from
 *       Truro, Cornwall, told the BBC": Joe Hyland, not Cornwall);
 *   <li><b>the previous quotation of the same sentence</b>: "“proportionate” and “not
 *       threatening.”";
 *   <li><b>continuation</b>: a quotation that opens its sentence or paragraph, or follows a colon
 *       with no cue, continues the attribution of the previous quotation or reported statement of
 *       this or the previous paragraph (the news layout: “…,” he said. “…” and the next paragraph
 *       “…”) — also when that was an unknown source at a cue ("“…,” one user said. “…”"): the
 *       continuation stays unknown and never passes back to an earlier speaker; after a colon with no cue, the sentence's subject ("Buckley had a similar experience:
 *       “…”"); a named person's view with no quotation ("Allan Snr believes someone must know …",
 *       with believe, think, feel or hope) counts as a reported statement for the quotation
 *       paragraph after it; so does a statement whose cue has a pronoun for its subject, the pronoun
 *       resolved as for a quotation ("It was just him and the professor in the small room, he said.
 *       “And during the exam I heard gunshots …”");
 *   <li><b>a statement given out</b>: whoever "issued", "released", "published", "posted" or "put out"
 *       a statement (or release, report, letter …) speaks the quotations of that sentence that have no
 *       cue, and the quotation paragraph after it ("Twitter issued a statement to Slate that it
 *       would “take action”"; the cue is "issued a statement");
 *   <li><b>a profile</b>: a paragraph's first quotation that stands alone as its sentence, speaks
 *       in the first person singular ("I", "my", "me") and follows no recent attribution is the
 *       person who was the subject of the latest sentence, in this paragraph or the one before ("Wiig
 *       was 11 years in LA …. “I was incredibly intimidated …”"); a quotation with no "I" stays
 *       unknown;
 *   <li><b>a repeated fragment</b> takes the speaker of the quotation it comes from;
 *   <li><b>the headline</b>: "Secretary general: … ‘…’" — the words before the colon name a person of
 *       the article by name or title;
 *   <li>otherwise the source is explicitly unknown ({@link Attribution#unknown()}).
 * </ol>
 *
 * <p>Cues are the reporting verbs of English news with their inflections (say, tell, add, write,
 * warn, insist, quip, recall, tweet, testify, concede, urge, describe, call, charge, posit, beam … and
 * "went on", "weighed in", "pointed out", "fired back", "shot back", "hit back", "barked back"), a few reporting nouns ("announcement", "statement", "in her view")
 * and "according to"; opinion verbs (believe, see, view, think) count only when no reporting verb
 * does. A cue that is also a noun ("state", "post", "report") counts as a verb only after its
 * subject, or right after a quotation unless a noun follows it ("“…,” comments Johnston", but "“…,”
 * state broadcaster CCTV said": the cue is "said"); a name right after an organisation noun is that
 * organisation ("state broadcaster CCTV"). The cue is reported as written ("told reporters",
 * "went on"); the occasion after it ("in a statement", "at a rally in Louisiana") as the context.
 *
 * <h2>What the finder gives, and its limits</h2>
 *
 * <p>Every name, title, affiliation, cue and context it reports is one line of at most
 * {@value dev.byline.Limits#SHORT_TEXT_MAX_LENGTH} chars (context
 * {@value dev.byline.Limits#MEDIUM_TEXT_MAX_LENGTH}) with no control characters, so the quotations
 * of valid text are valid; anything else is left out (an unknown source rather than an invalid
 * name). Each cue is looked for within {@value #WINDOW} words and marks of its quotation; a run of
 * at most twelve capitalised words is read as one name with its titles; a surname refers to at most
 * the first sixteen people who share it.
 *
 * <p><b>How often it is right.</b> On 180 passages of English news it was never developed on (826
 * quotations of speech, labelled by annotators who never saw the finder; 91 of the passages are news
 * of 2023), measured on 2026-12-01: quotation spans F1 0.95, kind right 97.2%, the right person
 * 79.6% (the full name the article establishes 72.2%), an anonymous source left unknown 71.6%, cue
 * 87.5%, and span and speaker both right (end-to-end F1) 0.75. Spans are reliable; who said a
 * quotation is wrong or missing for about one in five. Where a speaker matters (a research
 * pipeline that quotes people), check {@link dev.byline.Attribution#isSourceKnown()} and show the
 * cue and the passage beside the speaker to a person.
 *
 * <h2>Cost</h2>
 *
 * <p>Time linear in the length of headline and paragraphs whatever their marks (each mark is
 * paired in one pass with a stack; every look-back and look-ahead is bounded by {@value #WINDOW});
 * memory linear too. Thread-safe: no state between calls. The growth benchmark
 * {@code QuoteGrowthBenchmark} checks it on hostile inputs.
 */
public final class QuoteFinder {
  /**
   * How far before or after a quotation the finder looks for its cue and speaker, in words and
   * punctuation marks.
   */
  public static final int WINDOW = Finder.WINDOW;

  private QuoteFinder() {}

  /**
   * Finds the reported speech of an article from its headline and paragraphs (its current quotes
   * are not looked at).
   *
   * @param article the article; not {@code null}
   * @return the quotations in reading order, headline first
   */
  public static List<Quote> find(Article article) {
    Objects.requireNonNull(article, "article");
    return find(article.getHeadline(), article.getParagraphs());
  }

  /**
   * Finds the reported speech in a headline and body paragraphs.
   *
   * @param headline the headline; not {@code null} (empty when there is none)
   * @param paragraphs the body paragraphs, in order; not {@code null}, no {@code null} element
   * @return the quotations in reading order, headline first, each located in code points with its
   *     kind and attribution; never {@code null}
   */
  public static List<Quote> find(String headline, List<String> paragraphs) {
    Objects.requireNonNull(headline, "headline");
    Objects.requireNonNull(paragraphs, "paragraphs");
    for (String p : paragraphs) {
      Objects.requireNonNull(p, "paragraph");
    }
    return new Finder(headline, paragraphs).find();
  }
}
