package dev.byline.core.quotes;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The English words the finder knows: cues, titles, organisation and person nouns, function words. */
final class Lexicon {
  private Lexicon() {}

  /** A set of words; a word listed twice is one word. */
  static Set<String> words(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }

  /** A cue verb form's base ("said" gives "say"); strong cues report speech, weak ones opinion. */
  record Cue(String base, boolean strong) {}

  private static final Map<String, Cue> CUES = new HashMap<>();

  private static final String[] STRONG = {
    "say", "tell", "add", "state", "explain", "note", "write", "warn", "argue", "insist", "maintain", "declare",
    "announce", "reply", "respond", "continue", "stress", "claim", "acknowledge", "admit", "concede", "urge", "vow",
    "promise", "pledge", "recall", "remark", "observe", "post", "tweet", "ask", "answer", "testify", "comment",
    "agree", "laugh", "quip", "joke", "recount", "remember", "reiterate", "assure", "boast", "blast", "slam",
    "assail", "accuse", "reveal", "relate", "exclaim", "shout", "chant", "scream", "yell", "whisper", "mutter",
    "sigh", "snap", "suggest", "caution", "complain", "lament", "bemoan", "emphasise", "emphasize",
    "confirm", "deny", "contend", "counter", "retort", "demand", "propose", "advise", "instruct",
    "describe", "call", "characterise", "characterize", "reject", "report", "mention", "grumble",
    "gush", "muse", "marvel", "hint", "hail", "praise", "criticise", "criticize", "condemn", "decry", "dismiss",
    "concur", "interject", "interrupt", "cry", "tease", "point", "weigh", "chime", "go", "put", "read", "sing",
    "preach", "proclaim", "scoff", "fume", "elaborate", "clarify", "insinuate", "allege", "assert", "affirm",
    "vent", "wonder", "conclude", "opine", "implore", "beg", "threaten", "sneer", "huff", "tout", "dub", "rule",
    "plead", "reflect", "text", "email", "message", "confide", "disagree", "rave", "repeat", "speculate",
    "summarise", "summarize", "charge", "posit", "beam", "gripe", "fire", "shoot", "hit", "bark"
  };

  private static final String[] WEAK = {
    "believe", "think", "see", "view", "introduce", "request", "feel", "consider", "hope", "predict", "find"
  };

  private static final Map<String, String> IRREGULAR = Map.ofEntries(
      Map.entry("say", "said"), Map.entry("tell", "told"), Map.entry("write", "wrote written"),
      Map.entry("read", "read"), Map.entry("go", "went gone goes"), Map.entry("put", "put"),
      Map.entry("think", "thought"), Map.entry("feel", "felt"), Map.entry("find", "found"),
      Map.entry("see", "saw seen sees"), Map.entry("sing", "sang sung"), Map.entry("cry", "cried cries"),
      Map.entry("quip", "quipped quipping"), Map.entry("admit", "admitted admitting"), Map.entry("snap", "snapped snapping"),
      Map.entry("plead", "pleaded pled"), Map.entry("beg", "begged begging"), Map.entry("concur", "concurred concurring"),
      Map.entry("question", "questioned questioning"), Map.entry("counter", "countered countering"),
      Map.entry("answer", "answered answering"), Map.entry("mutter", "muttered muttering"),
      Map.entry("whisper", "whispered whispering"), Map.entry("interrupt", "interrupted"),
      Map.entry("scoff", "scoffed"), Map.entry("huff", "huffed"), Map.entry("fume", "fumed"), Map.entry("dub", "dubbed dubbing"),
      Map.entry("sneer", "sneered"), Map.entry("shoot", "shot shooting"), Map.entry("hit", "hit hitting"));

  /**
   * Cue phrases of two words whose second word is a particle: "went on", "weighed in", "pointed out",
   * "fired back", "shot back", "hit back", "barked back" — the verb alone is no cue.
   */
  private static final Map<String, String> PARTICLE = Map.of("go", "on", "weigh", "in", "point", "out", "chime", "in",
      "put", "it", "fire", "back", "shoot", "back", "hit", "back", "bark", "back");

  static {
    for (String b : STRONG) {
      addForms(b, true);
    }
    for (String b : WEAK) {
      if (!CUES.containsKey(b)) {
        addForms(b, false);
      }
    }
  }

  /**
   * Adds a verb's forms: the base, the third person ("says"), the past and participle ("added"; the
   * irregular list replaces it: "said", "quipped") and the gerund ("adding").
   */
  private static void addForms(String base, boolean strong) {
    Cue cue = new Cue(base, strong);
    CUES.putIfAbsent(base, cue);
    int n = base.length();
    boolean consonantY = base.endsWith("y") && n > 2 && "aeiou".indexOf(base.charAt(n - 2)) < 0;
    boolean silentE = base.endsWith("e") && !base.endsWith("ee");
    String third = consonantY ? base.substring(0, n - 1) + "ies"
        : base.endsWith("s") || base.endsWith("sh") || base.endsWith("ch") || base.endsWith("x") || base.endsWith("o")
            ? base + "es" : base + "s";
    CUES.putIfAbsent(third, cue);
    String irregular = IRREGULAR.get(base);
    boolean listedGerund = false;
    if (irregular != null) {
      for (String form : irregular.split(" ")) {
        CUES.putIfAbsent(form, cue);
        listedGerund |= form.endsWith("ing");
      }
    } else {
      CUES.putIfAbsent(consonantY ? base.substring(0, n - 1) + "ied" : base.endsWith("e") ? base + "d" : base + "ed", cue);
    }
    if (!listedGerund) {
      CUES.putIfAbsent(silentE ? base.substring(0, n - 1) + "ing" : base + "ing", cue);
    }
  }

  /** Gerunds of cues that are mostly nouns: "close reading", "his writing". */
  private static final Set<String> NOT_CUES = words("reading", "writing", "meaning", "sing", "singing");

  /** The cue a lower-case word is a form of, or null. */
  static Cue cue(String lowerWord) {
    return NOT_CUES.contains(lowerWord) ? null : CUES.get(lowerWord);
  }

  /** The particle that must follow a form of {@code base} for it to be a cue ("went" + "on"), or null. */
  static String particle(String base) {
    return PARTICLE.get(base);
  }

  /**
   * Cues that are also common nouns ("the state", "a post", "his claim"): their base and -s forms
   * count as verbs only after a pronoun or a name ("they state", "Apple views").
   */
  static final Set<String> NOUN_LIKE = words("state", "post", "report", "claim", "call", "comment", "answer",
      "promise", "pledge", "vow", "note", "tweet", "reply", "remark", "counter", "point", "plead", "demand", "request",
      "view", "question", "read", "hint", "joke", "laugh", "sigh", "shout", "cry", "snap", "boast", "blast", "praise",
      "hail", "reveal", "order", "charge", "cheer", "chant", "scream", "yell", "whisper", "mutter", "vent", "rage",
      "caution", "concur", "quip", "retort", "plead", "gush", "muse", "marvel", "record", "sing", "rule", "text",
      "email", "message", "repeat", "rave");

  /** Nouns that report speech like a verb: "Mr. Trump’s announcement that … “historic”". */
  static final Set<String> CUE_NOUNS = words("announcement", "statement", "remarks", "comments", "comment", "words",
      "tweet", "post", "letter", "testimony", "interview", "speech", "message", "view", "opinion", "accounting",
      "caption", "release", "email", "e-mail", "note");

  /** Honorifics before a name, dropped from the name ("Mr. Trump" is Trump). */
  static final Set<String> HONORIFICS = words("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Mx", "Mx.", "Dr",
      "Dr.", "Prof", "Prof.", "Sir", "Dame", "Rev", "Rev.", "Messrs", "Messrs.", "Mme", "Mlle", "Herr", "Frau", "Lord",
      "Baroness", "Baron");

  static final Set<String> MALE_HONORIFICS = words("Mr", "Mr.", "Sir", "Herr", "Messrs", "Messrs.", "Lord", "Baron");
  static final Set<String> FEMALE_HONORIFICS = words("Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dame", "Mme", "Mlle", "Frau",
      "Baroness");

  /**
   * Royal and religious titles that stay part of a name given with nothing else ("Prince Andrew").
   * A peer's "Lord", "Baron" and "Baroness" are honorifics instead ("Lord Baker" is Baker); "Lady"
   * stays, as in names such as "Lady Gaga".
   */
  static final Set<String> ROYAL = words("Prince", "Princess", "King", "Queen", "Duke", "Duchess", "Pope", "Emperor",
      "Empress", "Sheikh", "Lady", "Earl", "Countess", "Crown");

  /** Capitalised words of a title before a name ("NATO Secretary-General Jens Stoltenberg"). */
  static final Set<String> TITLE_WORDS = words(
      "President", "Vice", "Prime", "Minister", "Secretary", "Secretary-General", "Senator", "Sen", "Sen.", "Rep",
      "Rep.", "Representative", "Congressman", "Congresswoman", "Gov", "Gov.", "Governor", "Mayor", "Ambassador",
      "Gen", "Gen.", "General", "Col", "Col.", "Lt", "Lt.", "Cmdr", "Cmdr.", "Capt", "Capt.", "Captain", "Sgt", "Sgt.",
      "Det", "Det.", "Insp", "Insp.", "Supt", "Supt.", "Chief", "Judge", "Justice", "Chancellor", "Commissioner",
      "Taoiseach", "Tánaiste",
      "Director", "CEO", "CFO", "COO", "CTO", "Chairman", "Chairwoman", "Chair", "Chairperson", "Spokesperson",
      "Spokesman", "Spokeswoman", "Attorney", "Attorney-General", "Speaker", "Superintendent", "Administrator",
      "Officer", "Deputy", "Inspector", "Sheriff", "Detective", "Sergeant", "Constable", "Admiral", "Adm", "Adm.",
      "Major", "Maj", "Maj.", "Commander", "Coach", "Bishop", "Archbishop", "Cardinal", "Rabbi", "Imam", "Pastor",
      "Reverend", "Dean", "Provost", "Professor", "Executive", "Founder", "Co-founder", "Editor", "Editor-in-Chief",
      "Principal", "President-elect", "Premier", "Leader", "Councillor", "Councilman", "Councilwoman", "Alderman",
      "Trustee", "Treasurer", "Marshal", "Manager", "Analyst", "Economist", "Adviser", "Advisor", "Counsel",
      "Prosecutor", "Inspector-General", "Commandant", "Lieutenant", "Colonel", "Corporal", "Private", "Pvt", "Pvt.",
      "Cpl", "Cpl.", "Chief-Executive", "Head", "Senior", "Assistant", "Associate", "Acting", "Interim", "Former",
      "Insider", "Correspondent", "Reporter", "Host", "Anchor", "Producer", "Fellow", "Scientist", "Researcher",
      "Officer", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Prof", "Prof.", "Sir", "Dame", "Rev", "Rev.",
      "MP", "MEP", "MSP", "MLA", "PM", "Advocate", "Whip");

  /** Lower-case nouns naming what a person is or does: "coach", "spokeswoman", "56-year-old". */
  static final Set<String> PERSON_NOUNS = words(
      "spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokesmen", "spokeswomen", "representative",
      "coach", "manager", "captain", "analyst", "scientist", "researcher", "economist", "professor", "author",
      "co-author", "lawyer", "attorney", "administrator", "adviser", "advisor", "official", "executive", "founder",
      "co-founder", "editor", "editor-in-chief", "reporter", "correspondent", "host", "actress", "actor", "singer",
      "songwriter", "filmmaker", "director", "chairman", "chairwoman", "chair", "president", "minister", "secretary",
      "senator", "governor", "mayor", "ambassador", "commissioner", "chancellor", "chief", "head", "leader", "member",
      "expert", "teacher", "doctor", "physician", "nurse", "student", "resident", "witness", "officer", "agent",
      "investigator", "prosecutor", "judge", "justice", "detective", "sergeant", "superintendent", "principal", "dean",
      "engineer", "designer", "developer", "architect", "consultant", "strategist", "counselor", "counsellor",
      "negotiator", "envoy", "diplomat", "general", "commander", "lieutenant", "colonel", "pilot", "astronaut",
      "player", "defenseman", "goalie", "winger", "quarterback", "striker", "midfielder", "defender", "forward",
      "pitcher", "goalkeeper", "teammate", "team-mate", "counterpart", "predecessor", "successor", "deputy",
      "inventor", "creator", "co-creator", "co-star", "costar", "boss", "owner", "partner", "investor", "activist", "campaigner", "organizer", "organiser",
      "protester", "lawmaker", "legislator", "congressman", "congresswoman", "councillor", "staffer", "aide", "fellow",
      "historian", "writer", "journalist", "columnist", "novelist", "poet", "artist", "musician", "rapper",
      "comedian", "star", "chef", "farmer", "worker", "employee", "customer", "user", "fan", "voter", "survivor",
      "victim", "mother", "father", "son", "daughter", "wife", "husband", "brother", "sister", "friend", "neighbor",
      "neighbour", "colleague", "patient", "man", "woman", "boy", "girl", "person", "source", "insider", "veteran",
      "guitarist", "drummer", "bassist", "vocalist", "frontman", "frontwoman", "producer", "anchor", "ceo", "cfo",
      "official", "officials", "sources", "experts", "analysts", "residents", "witnesses", "people", "critics",
      "observers", "officers", "doctors", "physicians", "teachers", "students", "protesters", "aides", "lawmakers",
      "prosecutors", "investigators", "scientists", "researchers", "authors", "economists", "members", "leaders",
      "executives", "players", "fans", "users", "voters", "workers", "employees", "customers", "parents", "supporters",
      "opponents", "campaigners", "activists", "residents", "neighbours", "neighbors", "colleagues", "friends",
      "families", "relatives", "men", "women", "children", "kids", "team", "skipper", "umpire", "referee", "midfield",
      "therapist", "psychologist", "psychiatrist", "surgeon", "pharmacist", "dentist", "paramedic", "firefighter",
      "mp", "senior", "novice", "newcomer", "rookie", "candidate", "nominee", "challenger", "incumbent", "premier",
      "speaker", "trustee", "treasurer", "pastor", "priest", "bishop", "rabbi", "imam", "monk", "nun", "cardinal",
      "pope", "king", "queen", "prince", "princess", "duke", "duchess", "owner", "landlord", "tenant", "shopper",
      "driver", "passenger", "traveller", "traveler", "tourist", "visitor", "guest", "citizen", "spokesperson's", "rep",
      "refugee", "refugees", "mom", "dad", "wife", "lawyers", "attorneys", "aunt", "uncle", "niece", "nephew",
      "cousin", "grandmother", "grandfather", "grandson", "granddaughter", "fiancé", "fiancée", "partner", "widow",
      "widower", "stepfather", "stepmother", "brother-in-law", "sister-in-law", "mep", "msp", "mla", "pm", "advocate", "democrat",
      "republican", "billionaire", "millionaire", "shopkeeper", "eyewitness", "eyewitnesses", "onlooker", "onlookers",
      "bystander", "bystanders", "locals", "commuter", "commuters", "villager", "villagers", "worshipper",
      "worshippers", "mourner", "mourners", "demonstrator", "demonstrators", "rioter", "rioters", "pupil", "pupils",
      "teenager", "teenagers");

  /**
   * {@link #PERSON_NOUNS} that news writing uses for people it does not name ("the officer", "the
   * victim", "the source"), not as another word for a person it has named.
   */
  static final Set<String> GENERIC_PERSON_NOUNS = words(
      "spokesperson", "spokesman", "spokeswoman", "representative", "rep", "official", "source", "insider", "man",
      "woman", "boy", "girl", "person", "witness", "victim", "resident", "officer", "agent", "investigator",
      "detective", "sergeant", "driver", "passenger", "customer", "user", "fan", "voter", "worker", "employee",
      "patient", "student", "member", "friend", "neighbor", "neighbour", "colleague", "mother", "father", "son",
      "daughter", "wife", "husband", "brother", "sister", "mom", "dad", "aunt", "uncle", "niece", "nephew", "cousin",
      "grandmother", "grandfather", "grandson", "granddaughter", "partner", "citizen", "visitor", "tourist", "guest",
      "shopper", "tenant", "landlord", "refugee", "survivor", "protester", "expert", "analyst", "aide", "staffer",
      "judge", "justice", "prosecutor", "lawyer", "attorney", "doctor", "physician", "nurse", "teacher",
      "traveller", "traveler", "owner", "investor", "widow", "widower", "fiancé", "fiancée", "head", "chief",
      "senior", "novice", "newcomer", "rookie", "candidate", "nominee", "challenger", "incumbent", "speaker",
      "trustee", "treasurer", "secretary", "team", "midfield", "fellow", "paramedic", "firefighter", "pilot",
      "eyewitness", "onlooker", "bystander", "commuter", "villager", "worshipper", "mourner", "demonstrator", "rioter",
      "pupil");

  /**
   * Nationality and regional nouns for one person, in lower case: "the Malawian told Al Jazeera",
   * "the Frenchman said" stand for someone the article named, like "the actress".
   */
  static final Set<String> DEMONYMS = words("afghan", "albanian", "algerian", "american", "angolan", "argentine",
      "argentinian", "armenian", "australian", "austrian", "azerbaijani", "bangladeshi", "belarusian", "belgian",
      "bolivian", "bosnian", "brazilian", "briton", "brit", "bulgarian", "burmese", "cameroonian", "canadian",
      "chilean", "colombian", "congolese", "croatian", "cuban", "cypriot", "czech", "dane", "dutchman", "dutchwoman",
      "ecuadorian", "egyptian", "englishman", "englishwoman", "eritrean", "estonian", "ethiopian", "filipino",
      "filipina", "finn", "frenchman", "frenchwoman", "georgian", "german", "ghanaian", "greek", "guatemalan",
      "haitian", "honduran", "hungarian", "icelander", "indian", "indonesian", "iranian", "iraqi", "irishman",
      "irishwoman", "israeli", "italian", "ivorian", "jamaican", "japanese", "jordanian", "kazakh", "kenyan", "korean",
      "kosovar", "kurd", "kuwaiti", "latvian", "lebanese", "liberian", "libyan", "lithuanian", "malawian",
      "malaysian", "malian", "maltese", "mexican", "moldovan", "mongolian", "montenegrin", "moroccan", "mozambican",
      "namibian", "nepali", "nepalese", "nigerian", "nigerien", "norwegian", "pakistani", "palestinian", "panamanian",
      "paraguayan", "peruvian", "pole", "portuguese", "qatari", "romanian", "russian", "rwandan", "salvadoran",
      "saudi", "scot", "scotsman", "scotswoman", "senegalese", "serb", "serbian", "singaporean", "slovak",
      "slovenian", "somali", "spaniard", "sudanese", "swede", "syrian", "taiwanese", "tanzanian", "thai", "tunisian",
      "turk", "ugandan", "ukrainian", "uruguayan", "uzbek", "venezuelan", "vietnamese", "welshman", "welshwoman",
      "yemeni", "zambian", "zimbabwean", "texan", "californian", "floridian", "londoner", "parisian",
      "berliner", "muscovite", "glaswegian", "liverpudlian", "mancunian", "aussie", "kiwi", "yorkshireman");

  /**
   * Last words of capitalised runs that name places, not people: "Trump Tower", "Morton County",
   * "Hyde Park" — unless a given name opens the run ("Fiona Hill", "Nathan Lane").
   */
  static final Set<String> PLACE_ENDS = words("Tower", "Towers", "Street", "Avenue", "Road", "Boulevard", "Square",
      "Park", "Bridge", "Building", "Stadium", "Arena", "Airport", "Station", "Hotel", "County", "City", "Island",
      "Islands", "River", "Lake", "Valley", "Beach", "Mountain", "Mountains", "Canyon", "Bay", "Harbor", "Harbour",
      "Peninsula", "Province", "District", "Township", "Village", "Heights", "Gardens", "Garden", "Castle",
      "Cathedral", "Abbey", "Theater", "Theatre", "Mall", "Plaza", "Coast", "Desert", "Forest", "Falls", "Springs",
      "Creek", "Drive", "Crescent", "Lane", "Hall", "Hill");

  /**
   * Platforms and companies known the world over by one word, countries, and states or provinces
   * known by one word, which a "he" or "she" never takes up and which never speak as a person: "wrote
   * on Facebook", "told Twitter", "Israel said", "Texas sued".
   */
  static final Set<String> ONE_WORD_ORGANISATIONS = words("Facebook", "Twitter", "Instagram", "YouTube", "TikTok", "Snapchat",
      "WhatsApp", "LinkedIn", "Reddit", "Google", "Microsoft", "Amazon", "Netflix", "Spotify", "Uber", "Airbnb",
      "eBay", "PayPal", "Tesla", "Samsung", "Huawei", "Weibo", "WeChat", "Telegram", "Gmail", "Tumblr", "Pinterest",
      "Threads", "Bluesky",
      // countries, which speak as states ("Israel said it would …") and are never a "he" or "she"
      "Afghanistan", "Albania", "Algeria", "America", "Angola", "Argentina", "Armenia", "Australia", "Austria",
      "Azerbaijan", "Bahrain", "Bangladesh", "Belarus", "Belgium", "Bolivia", "Bosnia", "Brazil", "Britain", "Bulgaria",
      "Burma", "Cambodia", "Cameroon", "Canada", "Chile", "China", "Colombia", "Congo", "Croatia", "Cuba", "Cyprus",
      "Denmark", "Ecuador", "Egypt", "England", "Eritrea", "Estonia", "Ethiopia", "Finland", "France", "Gaza",
      "Germany", "Ghana", "Greece", "Guatemala", "Haiti", "Honduras", "Hungary", "Iceland", "India", "Indonesia",
      "Iran", "Iraq", "Ireland", "Israel", "Italy", "Japan", "Kazakhstan", "Kenya", "Kosovo", "Kuwait", "Laos",
      "Latvia", "Lebanon", "Liberia", "Libya", "Lithuania", "Luxembourg", "Malawi", "Malaysia", "Mali", "Malta",
      "Mexico", "Moldova", "Mongolia", "Montenegro", "Morocco", "Mozambique", "Myanmar", "Namibia", "Nepal",
      "Nicaragua", "Niger", "Nigeria", "Norway", "Oman", "Pakistan", "Palestine", "Panama", "Paraguay", "Peru",
      "Poland", "Portugal", "Qatar", "Romania", "Russia", "Rwanda", "Scotland", "Senegal", "Serbia", "Singapore",
      "Slovakia", "Slovenia", "Somalia", "Spain", "Sudan", "Sweden", "Switzerland", "Syria", "Taiwan", "Tanzania",
      "Thailand", "Tunisia", "Turkey", "Uganda", "Ukraine", "Uruguay", "Uzbekistan", "Venezuela", "Vietnam", "Yemen",
      "Zambia", "Zimbabwe",
      // states and provinces known by one word, which speak as governments ("Texas sued …"); not those that
      // are also common given names or surnames (Georgia, Virginia, Washington, Montana, Indiana, Alberta)
      "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
      "Hawaii", "Idaho", "Illinois", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
      "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Nebraska", "Nevada", "Ohio", "Oklahoma",
      "Oregon", "Pennsylvania", "Tennessee", "Texas", "Utah", "Vermont", "Wisconsin", "Wyoming", "Ontario",
      "Quebec", "Manitoba", "Saskatchewan");

  /** Nouns of organisations, in any case: "the ministry said", "a WeWork spokesperson". */
  static final Set<String> ORG_NOUNS = words(
      "ministry", "ministries", "department", "agency", "office", "government", "company", "firm", "group",
      "corporation", "bank", "court", "police", "military", "army", "navy", "authority", "authorities", "council",
      "committee", "commission", "union", "party", "organization", "organisation", "administration", "league", "club",
      "board", "university", "institute", "center", "centre", "foundation", "association", "federation", "network",
      "newspaper", "magazine", "broadcaster", "station", "channel", "publisher", "label", "studio", "studios",
      "brokerage", "startup", "start-up", "retailer", "carrier", "airline", "maker", "manufacturer", "insurer",
      "lender", "regulator", "watchdog", "charity", "coalition", "alliance", "embassy", "consulate", "parliament",
      "senate", "congress", "assembly", "cabinet", "kremlin", "pentagon", "service", "school", "hospital", "clinic",
      "business", "operator", "exchange", "fund", "trust", "society", "church", "giant", "outlet", "platform",
      "prosecution", "bureau", "directorate", "secretariat", "inc", "inc.", "ltd", "ltd.", "llc", "plc", "corp",
      "corp.", "co.", "forces", "force", "guard", "museum", "academy", "college", "observatory", "programme",
      "program", "project", "initiative", "forum", "campaign", "conglomerate", "automaker", "chain", "provider",
      "developer", "utility", "operator", "team", "brand", "venture", "partnership", "house", "palace",
      "equities", "securities", "capital", "partners", "holdings", "industries", "systems", "technologies", "labs",
      "laboratory", "laboratories", "guild", "zoo", "aquarium", "library", "gallery", "orchestra", "cooperative",
      "consortium", "syndicate", "tribunal", "airlines", "airways", "motors", "pharmaceuticals", "records", "productions",
      "pictures", "entertainment", "media", "times", "post", "news", "journal", "tribune", "herald", "press",
      "protection", "institution", "commons", "lords", "fc", "committee", "tank", "think-tank", "nonprofit",
      "non-profit", "ngo", "firm's", "international");

  /** {@link #ORG_NOUNS} with a capital first letter ("Ministry"), to look words up without lower-casing them. */
  static final Set<String> ORG_NOUNS_CAPITALISED = capitalised(ORG_NOUNS);

  private static Set<String> capitalised(Set<String> words) {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (String w : words) {
      out.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }
    return Set.copyOf(out);
  }

  /** Nouns of written or spoken statements that can stand for their author: "the statement said". */
  static final Set<String> STATEMENT_NOUNS = words("statement", "release", "communique", "communiqué", "notice",
      "announcement", "memo", "filing", "post", "tweet", "report", "forecast", "study", "survey", "analysis", "letter");

  /** Nouns of a spokesperson, who speaks for an organisation when one is named or near. */
  static final Set<String> SPOKES_NOUNS = words("spokesperson", "spokesman", "spokeswoman", "spokespeople", "rep",
      "spokesmen", "spokeswomen", "representative", "representatives", "spokesperson's", "official", "officials");

  /** Gendered person nouns. */
  static final Set<String> MALE_NOUNS = words("spokesman", "chairman", "actor", "businessman", "congressman",
      "councilman", "father", "husband", "son", "brother", "king", "prince", "duke", "man", "boy", "frontman",
      "sportsman", "grandfather", "uncle", "nephew", "monk", "priest", "widower", "fiancé", "boyfriend");
  static final Set<String> FEMALE_NOUNS = words("spokeswoman", "chairwoman", "actress", "businesswoman",
      "congresswoman", "councilwoman", "mother", "wife", "daughter", "sister", "queen", "princess", "duchess",
      "woman", "girl", "frontwoman", "sportswoman", "grandmother", "aunt", "niece", "nun", "widow", "fiancée",
      "girlfriend", "waitress", "hostess", "heiress");

  /** The gender a gendered person noun gives ("actress", "her husband": "husband"), or {@link Register#UNKNOWN_GENDER}. */
  static int nounGender(String lowerCaseWord) {
    int of = lowerCaseWord.indexOf("-of-"); // "mum-of-two": the parent's word gives it
    String noun = of > 0 ? lowerCaseWord.substring(0, of) : lowerCaseWord;
    return FEMALE_NOUNS.contains(noun) ? Register.FEMALE : MALE_NOUNS.contains(noun) ? Register.MALE
        : Register.UNKNOWN_GENDER;
  }

  /** Parents' words that British news joins to a count of children: "mum-of-two", "father-of-four". */
  private static final Set<String> PARENT_NOUNS = words("mum", "mother", "mom", "dad", "father", "grandmother",
      "grandfather", "gran", "grandad", "granddad", "nan", "grandma", "grandpa");

  /** Counts of children in such a word. */
  private static final Set<String> CHILD_COUNTS = words("one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "eleven", "twelve");

  /**
   * Whether a lower-case word is a parent's word joined to a count of children ("mum-of-two",
   * "dad-of-three", "grandmother-of-12"): news uses it, like an age, for someone it has named.
   */
  static boolean isParentOfCount(String lowerCaseWord) {
    int of = lowerCaseWord.indexOf("-of-");
    if (of <= 0 || !PARENT_NOUNS.contains(lowerCaseWord.substring(0, of))) {
      return false;
    }
    return isChildCount(lowerCaseWord.substring(of + 4));
  }

  /** A count of children as news writes it after a parent's word: "two" to "twelve", or up to two digits. */
  static boolean isChildCount(String lowerCaseWord) {
    if (CHILD_COUNTS.contains(lowerCaseWord)) {
      return true;
    }
    for (int i = 0; i < lowerCaseWord.length(); i++) {
      if (lowerCaseWord.charAt(i) < '0' || lowerCaseWord.charAt(i) > '9') {
        return false;
      }
    }
    return !lowerCaseWord.isEmpty() && lowerCaseWord.length() <= 2;
  }

  /**
   * Whether a lower-case person noun names more than one ("officials", "analysts", "people",
   * "women"); "actress" and "boss" are one.
   */
  static boolean isPluralPersonNoun(String lowerCaseWord) {
    return PERSON_NOUNS.contains(lowerCaseWord) && (lowerCaseWord.endsWith("s") && !lowerCaseWord.endsWith("ss")
        || lowerCaseWord.equals("people") || lowerCaseWord.equals("men") || lowerCaseWord.equals("women")
        || lowerCaseWord.equals("children"));
  }

  /**
   * Common given names that are women's names in English-language news, and no one else's (names
   * used for both, such as Taylor, Jordan, Alex, Kim or Andrea, are in neither list): "Michelle
   * Obama … she said" is she, even after "Donald Trump".
   */
  static final Set<String> FEMALE_GIVEN_NAMES = words(
      "Abigail", "Ada", "Adele", "Adriana", "Agnes", "Aisha", "Alexandra", "Alexis", "Alice", "Alicia", "Alison",
      "Allison", "Amanda", "Amber", "Amelia", "Amy", "Ana", "Anastasia", "Angela", "Angelina", "Anita", "Ann",
      "Anna", "Anne", "Annie", "Antonia", "Ariana", "Audrey", "Barbara", "Beatrice", "Becky", "Belinda",
      "Bernadette", "Beth", "Bethany", "Betty", "Beverly", "Bianca", "Brenda", "Bridget", "Brittany", "Camila",
      "Candace", "Carla", "Carmen", "Carol", "Caroline", "Carolyn", "Catherine", "Cecilia", "Celine", "Charlotte",
      "Chelsea", "Cheryl", "Christina", "Christine", "Cindy", "Claire", "Clara", "Claudia", "Colleen", "Cynthia",
      "Daisy", "Danielle", "Daphne", "Deborah", "Debra", "Denise", "Diana", "Diane", "Donna", "Doris", "Dorothy",
      "Edith", "Eleanor", "Elena", "Elise", "Eliza", "Elizabeth", "Ella", "Ellen", "Emily", "Emma", "Erica", "Erin",
      "Esther", "Eva", "Eve", "Evelyn", "Fiona", "Florence", "Frances", "Gabriela", "Gabrielle", "Gemma", "Georgia",
      "Geraldine", "Gillian", "Gina", "Giselle", "Gloria", "Grace", "Gwen", "Gwyneth", "Hannah", "Harriet",
      "Heather", "Heidi", "Helen", "Helena", "Hilary", "Hillary", "Holly", "Ingrid", "Irene", "Isabel", "Isabella",
      "Isabelle", "Jane", "Janet", "Janice", "Jasmine", "Jennifer", "Jenny", "Jessica", "Jill", "Joan", "Joanna",
      "Joanne", "Josephine", "Joyce", "Judith", "Judy", "Julia", "Julie", "Juliet", "Karen", "Kate", "Katherine",
      "Kathleen", "Kathryn", "Kathy", "Katie", "Katrina", "Kayla", "Kelsey", "Kimberly", "Kirsten", "Kristen",
      "Kristi", "Kristin", "Laura", "Lauren", "Leah", "Lily", "Linda", "Lisa", "Lois", "Lorraine", "Louise", "Lucy",
      "Lydia", "Lynn", "Madeleine", "Madison", "Margaret", "Maria", "Marie", "Marilyn", "Marion", "Martha", "Mary",
      "Maya", "Megan", "Melanie", "Melissa", "Meryl", "Michelle", "Mildred", "Miranda", "Molly", "Monica", "Nadia",
      "Nancy", "Naomi", "Natalie", "Natasha", "Nicole", "Nina", "Nora", "Olivia", "Pamela", "Patricia", "Paula",
      "Pauline", "Penelope", "Penny", "Priscilla", "Rachel", "Rebecca", "Regina", "Rita", "Roberta", "Rosa",
      "Rosalind", "Rose", "Rosemary", "Ruth", "Sabrina", "Sally", "Samantha", "Sandra", "Sara", "Sarah", "Serena",
      "Sharon", "Sheila", "Shirley", "Sofia", "Sonia", "Sophia", "Sophie", "Stephanie", "Susan", "Suzanne", "Sylvia",
      "Tamara", "Teresa", "Theresa", "Tiffany", "Tina", "Tracy", "Ursula", "Valerie", "Vanessa", "Veronica",
      "Victoria", "Virginia", "Vivian", "Wendy", "Yolanda", "Yvette", "Yvonne", "Zoe");

  /** Common given names that are men's names in English-language news, and no one else's. */
  static final Set<String> MALE_GIVEN_NAMES = words(
      "Aaron", "Abraham", "Adam", "Adrian", "Alan", "Albert", "Alexander", "Alfred", "Allen", "Andrew", "Andy",
      "Angus", "Anthony", "Antonio", "Arthur", "Barack", "Barry", "Ben", "Benjamin", "Bernard", "Bill", "Billy",
      "Bob", "Bobby", "Boris", "Brad", "Bradley", "Brandon", "Brendan", "Brett", "Brian", "Bruce", "Bryan", "Byron",
      "Calvin", "Carl", "Carlos", "Charles", "Charlie", "Chuck", "Clarence", "Claude", "Clifford", "Colin", "Craig",
      "Dale", "Damien", "Damon", "Dan", "Daniel", "Darren", "Dave", "David", "Dean", "Dennis", "Derek", "Diego",
      "Dmitry", "Dominic", "Don", "Donald", "Doug", "Douglas", "Duncan", "Dustin", "Dwight", "Earl", "Eddie",
      "Edgar", "Edward", "Edwin", "Elijah", "Elliot", "Emmanuel", "Eric", "Erik", "Ernest", "Eugene", "Evan",
      "Felix", "Fernando", "Frank", "Franklin", "Fred", "Frederick", "Gabriel", "Gareth", "Gary", "Gavin",
      "Geoffrey", "George", "Gerald", "Gilbert", "Glenn", "Gordon", "Graham", "Grant", "Greg", "Gregory", "Gustavo",
      "Harold", "Harry", "Harvey", "Hector", "Henry", "Herbert", "Howard", "Hugh", "Hugo", "Ian", "Isaac", "Ivan",
      "Jack", "Jacob", "Jake", "James", "Jason", "Jeff", "Jeffrey", "Jeremy", "Jerome", "Jim", "Jimmy", "Joe",
      "Joel", "John", "Johnny", "Jon", "Jonathan", "Jorge", "Joseph", "Josh", "Joshua", "Juan", "Justin", "Karl",
      "Keith", "Ken", "Kenneth", "Kevin", "Kurt", "Kyle", "Larry", "Lawrence", "Leo", "Leonard", "Lewis", "Liam",
      "Lloyd", "Louis", "Lucas", "Luis", "Luke", "Malcolm", "Marcus", "Mario", "Mark", "Martin", "Marvin", "Matt",
      "Matthew", "Maurice", "Max", "Michael", "Miguel", "Mike", "Mitch", "Mitchell", "Mohammed", "Muhammad",
      "Nathan", "Neil", "Nicholas", "Nick", "Nigel", "Noah", "Norman", "Oliver", "Oscar", "Owen", "Patrick", "Paul",
      "Pedro", "Peter", "Philip", "Phillip", "Ralph", "Randy", "Raymond", "Richard", "Rick", "Robert", "Roberto",
      "Roger", "Roland", "Ron", "Ronald", "Roy", "Russell", "Ryan", "Samuel", "Scott", "Sean", "Sebastian", "Sergei",
      "Seth", "Shane", "Simon", "Stanley", "Stephen", "Steve", "Steven", "Stuart", "Ted", "Theodore", "Thomas",
      "Tim", "Timothy", "Todd", "Tom", "Tommy", "Tony", "Travis", "Trevor", "Troy", "Tyler", "Victor", "Vincent",
      "Vladimir", "Walter", "Warren", "Wayne", "Wesley", "William", "Willie", "Xavier", "Zachary");

  /** The gender a given name gives ("Michelle" female, "Donald" male), or unknown. */
  static int givenNameGender(String word) {
    return FEMALE_GIVEN_NAMES.contains(word) ? Register.FEMALE
        : MALE_GIVEN_NAMES.contains(word) ? Register.MALE : Register.UNKNOWN_GENDER;
  }

  /** Capitalised words that are never part of a person's name. */
  static final Set<String> NOT_NAMES = words(
      "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their", "Our", "My", "Your",
      "This", "That", "These", "Those", "There", "Here", "What", "Who", "Whom", "Whose", "Which", "When", "Where",
      "Why", "How", "And", "But", "Or", "Nor", "So", "Yet", "For", "If", "As", "At", "By", "In", "On", "Of", "To",
      "From", "With", "After", "Before", "During", "While", "Although", "Though", "Because", "Since", "Until",
      "Despite", "Amid", "Among", "About", "Against", "Also", "Still", "However", "Meanwhile", "Moreover",
      "Furthermore", "Then", "Now", "Today", "Yesterday", "Tomorrow", "Tonight", "Earlier", "Later", "Already",
      "Even", "Just", "Only", "Some", "Many", "Most", "All", "Both", "Each", "Every", "Any", "No", "Not", "One",
      "Two", "Three", "Four", "Five", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
      "January", "February", "March", "April", "June", "July", "August", "September", "October", "November",
      "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Jan.",
      "Feb.", "Mar.", "Apr.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "According", "Asked", "Speaking",
      "Talking", "Saying", "Adding", "Noting", "Following", "Regarding", "Like", "Unlike", "Yes", "Yup", "Oh",
      "Mom", "Mum", "Dad", "Mommy", "Mummy", "Daddy", "Grandma", "Grandpa", "Granny", // kin, named by their role
      "Democrats", "Republicans", "Conservatives", "Tories", // party members in the plural: a group, no one's name
      "Ask", "Tell", "Enter", "Meet", // an imperative that opens a sentence: "Ask Damien Chazelle why …", "Enter Stuart Kaplan."
      "Longtime", // an adjective before a name: "Longtime Donald Trump ally Rudy Giuliani"
      "Well", "Indeed", "Instead", "Perhaps", "Maybe", "Overall", "Finally", "First", "Second", "Last", "Next",
      "Other", "Another", "Such", "Several", "Few", "Much", "More", "Less", "Over", "Under", "Up", "Down", "Out",
      "Into", "Onto", "Upon", "Within", "Without", "Through", "Across", "Behind", "Beyond", "Near", "Off", "Per",
      "Via", "Than", "Whether", "Whatever", "Whoever", "Unless", "Once", "Twice", "Again", "Never", "Always",
      "Often", "Sometimes", "Ever", "Hours", "Days", "Weeks", "Months", "Years", "Minutes", "Barely", "Nearly",
      "Almost", "Right", "Left", "Let", "Do", "Does", "Did", "Is", "Are", "Was", "Were", "Be", "Have", "Has", "Had",
      "Will", "Would", "Can", "Could", "Should", "May", "Might", "Must", "Shall", "Please", "Thanks", "Thank",
      "Dear", "Hey", "Hi", "Hello", "Getting", "Looking", "Going", "Coming", "Meet", "Watch", "Read", "See", "Click",
      "Tags", "Photo", "Image", "Video", "Related", "Advertisement", "Update", "Updated", "Editor", "Note",
      "Everyone", "Everybody", "Someone", "Somebody", "Anyone", "Nobody", "None", "Nothing", "Everything",
      "Something", "Anything", "Mrs", "Mr", "Ms", "Dr", "Mr.", "Mrs.", "Ms.", "Dr.", "Sir", "Dame", "Flash-forward",
      "Added", "Kicking", "Dressed", "Offering", "Hosting", "Noting", "Phoning", "Looking", "Having", "Being",
      "Given", "Based", "Born", "Called", "Known", "Asked", "Told", "Said", "Says", "Yesterday", "Tomorrow",
      "Together", "Separately", "Similarly", "Additionally", "Ultimately", "Eventually", "Currently", "Recently",
      "Previously", "Initially", "Historically", "Sadly", "Fortunately", "Unfortunately", "Clearly", "Certainly",
      "Absolutely", "Frankly", "Honestly", "Seriously", "Basically", "Essentially", "Generally", "Usually",
      "Typically", "Actually", "Really", "Obviously", "Apparently", "Reportedly", "Allegedly", "Officially",
      "Notably", "Importantly", "Interestingly", "Surprisingly", "Luckily", "Hopefully", "Thankfully", "Ironically",
      "Naturally", "Similarly", "Specifically", "Particularly", "Especially", "Mainly", "Mostly", "Largely",
      "Partly", "Fully", "Simply", "Merely", "Exactly", "Roughly", "About", "Around", "Approximately", "Some",
      "Fifth", "Third", "Fourth", "Here's", "There's", "It's", "That's", "What's", "Who's", "Let's", "Don't", "I'm",
      "Oct", "Last", "Next", "Past", "Others", "Critics", "Officials", "Analysts", "Experts", "Residents", "Observers",
      "Supporters", "Opponents", "Sources", "Authorities", "Researchers", "Scientists", "Doctors", "People");

  /** Lower-case words that end a noun phrase or are no content words. */
  static final Set<String> FUNCTION_WORDS = words(
      "the", "a", "an", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as",
      "that", "which", "who", "whom", "whose", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
      "will", "would", "can", "could", "should", "may", "might", "must", "shall", "do", "does", "did", "not", "it",
      "he", "she", "they", "we", "i", "you", "this", "these", "those", "there", "here", "than", "then", "so", "if",
      "when", "while", "because", "since", "after", "before", "about", "into", "over", "under", "between", "against",
      "during", "without", "within", "through", "its", "his", "her", "their", "our", "my", "your", "also", "even",
      "just", "only", "still", "very", "more", "most", "less", "such", "like", "up", "down", "out", "off", "again",
      "once", "though", "although", "until", "unless", "whether", "where", "what", "how", "why", "yet", "all", "both",
      "each", "every", "any", "no", "some", "many", "much", "few", "other", "another", "own", "same", "per", "via",
      "toward", "towards", "upon", "onto", "across", "along", "around", "behind", "beyond", "despite", "among",
      "amid", "near", "instead", "too", "now", "ever", "never", "always", "often", "already", "said", "says");

  /** Words that may stand between a speaker and the cue verb: "Cook also said", "Soros had said". */
  static final Set<String> BETWEEN_SPEAKER_AND_VERB = words("also", "later", "then", "further", "recently",
      "previously", "once", "again", "repeatedly", "publicly", "simply", "quickly", "finally", "initially", "earlier",
      "had", "has", "have", "would", "will", "could", "did", "does", "do", "was", "is", "often", "always", "never",
      "still", "even", "just", "already", "reportedly", "allegedly", "privately", "openly", "separately",
      "similarly", "additionally", "once", "first", "last", "himself", "herself", "themselves", "itself", "too",
      "not", "only", "might", "may", "must", "should", "can", "today", "yesterday", "tonight", "now", "flatly");

  /** Days, months and such, for "Stoltenberg on Monday said". */
  static final Set<String> TIME_WORDS = words("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "today", "yesterday", "tonight", "week", "month", "year", "morning", "afternoon",
      "evening", "night", "weekend", "last", "this", "earlier", "later", "on", "in", "early", "late");

  /** Words that introduce a name for something, not speech: "a film called “…”", "the word “We”". */
  static final Set<String> NAMING_VERBS = words("called", "so-called", "dubbed", "named", "titled", "entitled",
      "nicknamed", "labelled", "labeled", "branded", "billed", "known", "renamed", "christened", "styled", "termed",
      "calls", "call", "dub", "dubs", "meaning");

  /**
   * Nouns of works and things that a name right after them names: "the drama Whiplash", "the action
   * movie Blade Runner 2049", "the Rosetta spacecraft" is read the other way round by the finder.
   */
  static final Set<String> WORK_NOUNS = words("film", "movie", "drama", "thriller", "comedy", "romance", "musical",
      "sitcom", "documentary", "biopic", "blockbuster", "series", "miniseries", "show", "episode", "album", "song",
      "novel", "book", "memoir", "magazine", "tabloid", "podcast", "franchise", "sequel", "prequel", "opera", "ballet",
      "spacecraft", "probe", "rover", "satellite", "app", "website", "blog", "game", "videogame", "cartoon", "play");

  /** Words before a noun that make it a verb: "to show Starmer", "they film Smith". */
  static final Set<String> VERB_BEFORE = words("to", "will", "would", "can", "could", "should", "may", "might", "must",
      "did", "does", "do", "not", "i", "we", "you", "they", "he", "she", "who");

  /** Nouns after which a quotation is a name or title: "the song “…”", "the term “…”". */
  static final Set<String> NAMING_NOUNS = words("word", "words", "term", "terms", "phrase", "name", "names",
      "slogan", "slogans", "tagline", "hashtag", "title", "motto", "nickname", "moniker", "label", "song", "songs",
      "album", "single", "track", "film", "movie", "book", "novel", "show", "series", "play", "musical", "poem",
      "essay", "column", "podcast", "documentary", "campaign", "programme", "program", "operation", "exhibition",
      "festival", "tour", "game", "app", "brand", "product", "ship", "initiative", "movement", "formula", "theory",
      "concept", "category", "status", "headline", "catchphrase", "refrain", "chant", "jam", "ballad", "anthem",
      "hit", "hits", "episode", "sketch", "painting", "sculpture", "opera", "sitcom", "drama", "thriller", "comedy",
      "script", "sample", "award", "prize", "project", "competition", "contest", "challenge", "policy", "plan",
      "act", "bill", "law", "doctrine", "strategy", "scheme", "program", "speech", "letter");

  /** The first words of a quotation that make it a clause of its own after "that". */
  static final Set<String> CLAUSE_STARTS = words("i", "we", "you", "he", "she", "it", "they", "there", "nothing",
      "everyone", "everything", "somebody", "someone", "nobody");

  static final Set<String> PLACE_STARTS = words("New", "San", "Los", "Las", "Saint", "St.", "South", "North", "East",
      "West", "Hong", "Fort", "Port", "Mount", "Lake", "United", "Great", "Northern", "Southern", "Eastern",
      "Western", "Central", "Upper", "Lower", "Middle", "Sri", "El", "Santa", "Buenos", "Rio", "Cape", "Puerto",
      "Costa", "Saudi", "Abu", "Tel", "Kuala", "Addis", "Dar", "Sierra", "Burkina", "Papua", "Bosnia", "Czech",
      "Dominican", "Ivory", "Marshall", "Solomon", "Trinidad", "Antigua", "Vatican", "Wall", "Silicon", "Capitol",
      "Downing", "White", "Oval", "Champs", "Times", "Grand", "Royal", "Red", "Black", "Dead", "Persian", "Baltic",
      "Pacific", "Atlantic", "Arctic", "Indian", "Mediterranean", "Caribbean", "Gulf", "Bay", "River", "Island");

  static boolean isPronoun(String w) {
    switch (pronounBase(w)) {
      case "he", "she", "He", "She", "they", "They", "it", "It":
        return true;
      default:
        return false;
    }
  }

  /** A subject pronoun without its contracted verb: "He" of "He’d", "she" of "she’ll"; else the word itself. */
  static String pronounBase(String w) {
    int apostrophe = Math.max(w.indexOf('\u2019'), w.indexOf('\''));
    if (apostrophe < 1 || apostrophe > 4) {
      return w;
    }
    switch (w.substring(apostrophe + 1)) {
      case "d", "s", "ll", "re", "ve", "m":
        return w.substring(0, apostrophe);
      default:
        return w;
    }
  }

  /** Nouns that end like an adverb ("family", "ally"): a subject or a noun, not an adverb. */
  private static final Set<String> NOUNS_IN_LY = words("family", "ally", "assembly", "rally", "supply", "bully",
      "monopoly", "anomaly", "daily", "weekly", "monthly", "quarterly");

  /** Whether a lower-case word reads as an adverb by its ending ("reportedly", "Finally"), not a noun in -ly ("family"). */
  static boolean isAdverbInLy(String lower) {
    return lower.endsWith("ly") && !NOUNS_IN_LY.contains(lower);
  }

  static String lower(String w) {
    return w.toLowerCase(Locale.ROOT);
  }

  /** Words of a title ("Secretary-General") compared without case or hyphens. */
  static String normalise(String s) {
    return s.toLowerCase(Locale.ROOT).replace('-', ' ').replace('\u2011', ' ').strip();
  }
}
