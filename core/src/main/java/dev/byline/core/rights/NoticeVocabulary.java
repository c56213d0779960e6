package dev.byline.core.rights;

import dev.byline.Use;
import java.util.Map;
import java.util.Set;

/**
 * The words and phrases the notice reader looks for, in lower case (as {@link Character#toLowerCase(char)}
 * folds each char) and with plain spaces. Each list is documented where it is used, in
 * {@link RightsNotices}.
 */
final class NoticeVocabulary {
  private NoticeVocabulary() {}

  /** "All rights reserved" in the languages the reader knows. */
  static final String[] ALL_RIGHTS_RESERVED = {
    "all rights reserved", "all right reserved", // English
    "alle rechte vorbehalten", // German
    "tous droits réservés", "tous droits reserves", "tous les droits sont réservés", // French
    "todos los derechos reservados", "reservados todos los derechos", "derechos reservados", // Spanish
    "todos os direitos reservados", // Portuguese
    "tutti i diritti riservati", "tutti i diritti sono riservati", "riproduzione riservata", // Italian
    "alle rechten voorbehouden", // Dutch
    "alla rättigheter förbehållna", "alla rättigheter reserverade", "med ensamrätt", // Swedish
    "alle rettigheder forbeholdes", "alle rettigheder forbeholdt", // Danish
    "alle rettigheter reservert", "alle rettigheter forbeholdt", // Norwegian
    "kaikki oikeudet pidätetään", // Finnish
    "wszelkie prawa zastrzeżone", "wszystkie prawa zastrzeżone", // Polish
    "všechna práva vyhrazena", // Czech
    "všetky práva vyhradené", // Slovak
    "minden jog fenntartva", // Hungarian
    "toate drepturile rezervate", "toate drepturile sunt rezervate", // Romanian
    "tüm hakları saklıdır", "tüm haklari saklidir", "her hakkı saklıdır", "her hakki saklidir", // Turkish
    "με επιφύλαξη παντός δικαιώματος", "με την επιφύλαξη παντός δικαιώματος", "όλα τα δικαιώματα διατηρούνται", // Greek
    "все права защищены", // Russian
    "усі права захищені", "всі права захищені", // Ukrainian
    "visos teisės saugomos", // Lithuanian
    "visas tiesības aizsargātas", // Latvian
    "kõik õigused kaitstud", // Estonian
    "всички права запазени", // Bulgarian
    "сва права задржана", "сите права се задржани", // Serbian in Cyrillic, Macedonian
    "усе правы абаронены", // Belarusian
    "öll réttindi áskilin", // Icelandic
    "të gjitha të drejtat e rezervuara", // Albanian
    "todos os dereitos reservados", // Galician
    "eskubide guztiak erreserbatuta", // Basque
    "cedwir pob hawl", // Welsh
    "bütün hüquqlar qorunur", // Azerbaijani
    "সর্বস্বত্ব সংরক্ষিত", // Bengali
    "جملہ حقوق محفوظ ہیں", // Urdu
    "모든 권리 보유", // Korean
    "sva prava pridržana", "sva prava zadržana", "vse pravice pridržane", // Croatian, Serbian, Slovene
    "tots els drets reservats", // Catalan
    "جميع الحقوق محفوظة", // Arabic
    "haki zote zimehifadhiwa", // Swahili
    "alle regte voorbehou", // Afrikaans
    "כל הזכויות שמורות", // Hebrew
    "کلیه حقوق محفوظ است", "تمامی حقوق محفوظ است", // Persian
    "सर्वाधिकार सुरक्षित", // Hindi
    "สงวนลิขสิทธิ์", // Thai
    "bảo lưu mọi quyền", // Vietnamese
    "hak cipta dilindungi undang-undang", "hak cipta terpelihara", // Indonesian, Malay
    "無断転載を禁じ", "無断転載禁止", // Japanese
    "版权所有", "版權所有" // Chinese
  };

  /** Words that make a sentence a prohibition, with the uses it names. */
  static final String[] PROHIBITION_TRIGGERS = {
    "may not be", "must not be", "cannot be", "can not be", "shall not be", "prohibited",
    "not permitted", "unauthorized", "unauthorised", "no reproduction", "without permission",
    "without the permission", "without prior", "without express", "without written",
    "nicht gestattet", "untersagt", "nur mit genehmigung", "ohne genehmigung", "ohne schriftliche", // German
    "interdit", "sans autorisation", // French
    "prohibida", "prohibido", "sin autorización", // Spanish
    "vietat", "senza autorizzazione", // Italian
    "proibid", "sem autorização", // Portuguese
    "verboden", "zonder toestemming", // Dutch
    "förbjud", "utan tillstånd", // Swedish
    "forbudt", "uden tilladelse", "uten tillatelse", // Danish, Norwegian
    "kielletty", "ilman lupaa", // Finnish
    "zabronion", "zabrania się", "bez zgody", // Polish
    "zakázán", "bez souhlasu", "zakázan", // Czech, Slovak
    "tilos", "engedélye nélkül", // Hungarian
    "interzis", "fără acordul", // Romanian
    "yasaktır", "izinsiz", // Turkish
    "απαγορεύεται", // Greek
    "запрещ", "без разрешения", // Russian
    "заборонен", "без дозволу", // Ukrainian
    "禁止", "禁じ", "無断", // Japanese, Chinese
    "금지", "무단" // Korean
  };

  /**
   * Phrases after a brand's notice that name the company owning or running the brand ("© CBR 2016 |
   * Part of Progressive Trade Media Ltd.", "Operated by TOPICSEED LIMITED").
   */
  static final String[] OWNER_PHRASES = {
    "part of ", "a part of ", "a division of ", "a subsidiary of ", "a unit of ", "a brand of ", "operated by ",
    "owned by ", "owned and operated by ", "teil von ", "ein unternehmen der ", "une marque de ", "filiale de "
  };

  /** Phrases that name an owner: "… data is the property of Chicago Mercantile Exchange Inc." */
  static final String[] PROPERTY_PHRASES = {
    " is the property of ", " are the property of ", " is the exclusive property of ", " are the exclusive property of ",
    " is the sole property of ", " are the sole property of ", " remains the property of ", " remain the property of "
  };

  /**
   * Phrases after which a prohibition names whose permission a use needs: "without written permission
   * from Angela M. Bowey". English only.
   */
  static final String[] PERMISSION_GIVERS = {
    "permission from ", "permission of ", "consent from ", "consent of ", "authorization from ",
    "authorization of ", "authorisation from ", "authorisation of "
  };

  /** Stems of words that name a use in a prohibition, and the use. */
  static final Map<String, Use> USE_WORDS = Map.ofEntries(
      // publishing
      Map.entry("republish", Use.PUBLISH), Map.entry("republication", Use.PUBLISH),
      Map.entry("published", Use.PUBLISH), Map.entry("publication", Use.PUBLISH),
      Map.entry("veröffentlich", Use.PUBLISH), Map.entry("publica", Use.PUBLISH),
      Map.entry("pubblica", Use.PUBLISH), Map.entry("publiceren", Use.PUBLISH),
      Map.entry("publiker", Use.PUBLISH), Map.entry("publikow", Use.PUBLISH),
      Map.entry("publikace", Use.PUBLISH), Map.entry("opublikow", Use.PUBLISH),
      Map.entry("julkaise", Use.PUBLISH), Map.entry("yayınla", Use.PUBLISH),
      Map.entry("публикац", Use.PUBLISH), Map.entry("публікац", Use.PUBLISH),
      Map.entry("δημοσίευ", Use.PUBLISH), Map.entry("전재", Use.PUBLISH), Map.entry("転載", Use.PUBLISH),
      Map.entry("转载", Use.PUBLISH), Map.entry("轉載", Use.PUBLISH),
      // broadcasting
      Map.entry("broadcast", Use.BROADCAST), Map.entry("transmi", Use.BROADCAST),
      Map.entry("sendung", Use.BROADCAST), Map.entry("diffus", Use.BROADCAST),
      Map.entry("трансляц", Use.BROADCAST), Map.entry("放送", Use.BROADCAST), Map.entry("방송", Use.BROADCAST),
      // rewriting
      Map.entry("rewrit", Use.REWRITE), Map.entry("modif", Use.REWRITE), Map.entry("adapt", Use.REWRITE),
      Map.entry("altered", Use.REWRITE), Map.entry("weiterverarbeitung", Use.REWRITE),
      Map.entry("bearbeit", Use.REWRITE), Map.entry("veränder", Use.REWRITE), Map.entry("改変", Use.REWRITE),
      Map.entry("改编", Use.REWRITE),
      // redistribution, reproduction, copying
      Map.entry("distribu", Use.REDISTRIBUTE), Map.entry("reproduc", Use.REDISTRIBUTE),
      Map.entry("riprodu", Use.REDISTRIBUTE), Map.entry("reprodu", Use.REDISTRIBUTE),
      Map.entry("copied", Use.REDISTRIBUTE), Map.entry("copying", Use.REDISTRIBUTE), Map.entry("copies", Use.REDISTRIBUTE),
      Map.entry("copia", Use.REDISTRIBUTE), Map.entry("vervielfältig", Use.REDISTRIBUTE),
      Map.entry("verbreit", Use.REDISTRIBUTE), Map.entry("kopier", Use.REDISTRIBUTE),
      Map.entry("kopiow", Use.REDISTRIBUTE), Map.entry("kopio", Use.REDISTRIBUTE),
      Map.entry("verspreid", Use.REDISTRIBUTE), Map.entry("verveelvoudig", Use.REDISTRIBUTE),
      Map.entry("spridning", Use.REDISTRIBUTE), Map.entry("rozpowszechnian", Use.REDISTRIBUTE),
      Map.entry("šíření", Use.REDISTRIBUTE), Map.entry("másol", Use.REDISTRIBUTE),
      Map.entry("terjeszt", Use.REDISTRIBUTE), Map.entry("çoğalt", Use.REDISTRIBUTE),
      Map.entry("αναπαραγωγ", Use.REDISTRIBUTE), Map.entry("воспроизвед", Use.REDISTRIBUTE),
      Map.entry("копирован", Use.REDISTRIBUTE), Map.entry("распростран", Use.REDISTRIBUTE),
      Map.entry("відтворен", Use.REDISTRIBUTE), Map.entry("копіюван", Use.REDISTRIBUTE),
      Map.entry("поширен", Use.REDISTRIBUTE), Map.entry("재배포", Use.REDISTRIBUTE),
      Map.entry("배포", Use.REDISTRIBUTE), Map.entry("복사", Use.REDISTRIBUTE), Map.entry("複製", Use.REDISTRIBUTE),
      Map.entry("复制", Use.REDISTRIBUTE), Map.entry("配布", Use.REDISTRIBUTE),
      // archiving
      Map.entry("archiv", Use.ARCHIVE), Map.entry("speicherung", Use.ARCHIVE), Map.entry("stored", Use.ARCHIVE),
      Map.entry("cached", Use.ARCHIVE));

  /**
   * Legal forms of companies. A name that ends in one of these has ended ("Vox Media, LLC" — what
   * follows is no longer the name unless it is another legal form or an appositive). Dotted forms
   * and {@link #DOTTED_ABBREVIATIONS} are matched with their dots; short forms without a dot must
   * start with a capital letter ("AS", "Oy"), so that "as" or "se" in a sentence is no legal form.
   */
  static final Set<String> LEGAL_FORMS = Set.of(
      "inc", "incorporated", "ltd", "limited", "llc", "l.l.c", "llp", "lp", "plc", "corp", "corporation",
      "co", "company", "pty", "pvt", "gmbh", "ag", "kg", "kgaa", "se", "ug", "e.v", "mbh", "m.b.h", "gesmbh",
      "sa", "s.a", "sas", "s.a.s", "sarl", "s.a.r.l", "sl", "s.l", "slu", "s.l.u", "spa", "s.p.a", "srl",
      "s.r.l", "bv", "b.v", "nv", "n.v", "ab", "oy", "oyj", "as", "a/s", "asa", "aps", "hf", "ehf", "a.s",
      "s.r.o", "o.o", "zrt", "kft", "nyrt", "kk", "k.k", "gk", "d.o.o", "doo", "ооо", "оао", "зао", "пао",
      "ао", "тов", "пат");

  /** Legal forms written before the name: "ООО "УП Медиа Плюс"", "АО «Коммерсантъ»". */
  static final Set<String> LEGAL_PREFIXES = Set.of("ооо", "оао", "зао", "пао", "ао", "тов", "пат");

  /** Abbreviations whose period belongs to the name ("Inc.", "Ltd.", "Co.", "Jr."). */
  static final Set<String> DOTTED_ABBREVIATIONS = Set.of(
      "inc", "ltd", "co", "corp", "pty", "pvt", "bros", "jr", "sr", "st", "dr", "hf", "ehf", "sp", "prof", "kft", "zrt",
      "nyrt", "bt", "ltda", "cía", "cia", "spol", "pte");

  /**
   * Page furniture that ends a holder's name: menu entries of site footers. Matched at the start of a
   * word, and also glued to the end of the name ("Deutsche WelleDatenschutzImpressum").
   */
  static final String[] MENU_WORDS = {
    "privacy", "terms of", "terms and", "terms & ", "cookie", "contact us", "contact", "about us",
    "sitemap", "site map", "advertise", "ad choices", "impressum", "imprint", "datenschutz", "kontakt",
    "agb", "nutzungsbedingungen", "barrierefreiheit", "mediadaten", "mentions légales", "confidentialité",
    "plan du site", "aviso legal", "política de", "privacidad", "contacto", "contatti", "note legali",
    "privacidade", "termos de", "colofon", "personvern", "integritet", "regulamin", "polityka prywatności",
    "newsletter", "rss", "faq", "subscribe", "sign in", "log in", "login", "data mining", "accessibility",
    "updated", "last updated", "last modified", "page updated", "site updated", "back to top", "to top",
    "top of page", "scroll to top", "nach oben", "retour en haut", "volver arriba", "torna su", "voltar ao topo",
    "follow us", "find us on", "like us on", "connect with us", "folgen sie uns", "suivez-nous", "síguenos",
    "seguici", "siga-nos", "volg ons"
  };

  /**
   * Menu entries that are also ordinary words: they end a holder's name only in a run of menu
   * entries ("Example News Home About Jobs Press Contact").
   */
  static final Set<String> WEAK_MENU_WORDS = Set.of(
      "home", "about", "jobs", "careers", "press", "help", "team", "shop", "events", "archive", "archiv",
      "podcasts", "podcast", "apps", "app", "store", "feedback", "corrections", "ethics", "masthead", "staff",
      "blog", "newsletters", "services", "partners", "advertising", "werbung", "abo", "leserservice", "karriere",
      "hilfe", "über", "presse", "epaper", "e-paper", "anzeigen", "kontakt", "impressum", "contact",
      "privacy", "terms", "sitemap", "imprint", "datenschutz", "agb", "faq", "rss", "newsletter", "cookies");

  /**
   * Words naming what a notice protects, not who holds it ("Site Design &amp; contents copyright
   * 1997–2005"), folded: a phrase before the copyright sign that opens with one, or holds one in
   * lower case, names the work, not its holder.
   */
  static final Set<String> WORK_WORDS = Set.of(
      "site", "website", "web", "page", "pages", "design", "content", "contents", "text", "texts", "material",
      "materials", "photos", "photographs", "pictures", "images", "graphics", "artwork", "articles", "layout",
      "logo", "inhalt", "inhalte", "texte", "bilder", "fotos", "contenu", "contenus", "contenido", "contenidos",
      "contenuti", "conteúdo");

  /**
   * Words that start an issue number after a periodical's name ("OECD Observer No 231/232"),
   * folded: followed by a number, they end the name.
   */
  static final Set<String> NUMBER_WORDS = Set.of("no", "no.", "nr", "nr.", "nº", "№", "vol", "vol.", "issue", "heft");

  /** Phrases that credit the making of the site, not its content: they end a holder's name. */
  static final String[] FURNITURE_PHRASES = {
    "powered by", "designed by", "developed by", "hosted by", "site by", "website by", "web design",
    "design by", "built by", "made by", "created by", "realizzato da", "sviluppato da", "umgesetzt von",
    "realisiert von", "réalisé par", "conçu par", "desarrollado por", "diseñado por", "dezvoltat de"
  };

  /** Words after which the holder's name is over ("The Republic unless otherwise noted"). */
  static final String[] NAME_ENDERS = {
    "unless ", "except ", "sauf ", "salvo ", "sofern ", "soweit ", "or its ", "and its ", "and/or its ",
    "oder ihre ", "und ihre ", "and affiliated ", "and affiliates", "or affiliated ", "or affiliates",
    "& affiliates", "all trademarks", "all other trademarks", "all other marks", "trademarks are ",
    "registered in ", "registered office", "registered under", "company number", "company no",
    "company registration", "download our ", "download the ", "get the app", "get our app",
    "dba ", "d/b/a ", "d.b.a. ", "doing business as "
  };

  /** Labels of a contact line, folded, that end a holder's name before their colon ("Tel:", "Fax:"). */
  static final Set<String> CONTACT_LABELS = Set.of("tel", "tel.", "telephone", "phone", "fax", "email", "e-mail",
      "mail", "telefon", "tél", "tél.", "téléphone", "teléfono", "telefone", "mobile", "hotline");

  /** Words before a serial number that end a holder's name ("ISSN 1234-5678"), folded. */
  static final Set<String> SERIAL_WORDS = Set.of("issn", "eissn", "e-issn", "isbn", "version", "ver.", "release", "build");

  /** Pronouns of a sentence that starts after the name ("… We use cookies"), folded; capitalised in the text. */
  static final Set<String> SENTENCE_PRONOUNS = Set.of("we", "you", "our", "your", "they", "wir", "nous", "vous");

  /**
   * Names of languages as a site's language switch writes them, folded: a run of two of them ends a
   * holder's name ("Example News English Deutsch Français").
   */
  static final Set<String> LANGUAGE_NAMES = Set.of(
      "english", "deutsch", "français", "francais", "español", "espanol", "italiano", "português", "portugues",
      "nederlands", "polski", "русский", "українська", "中文", "日本語", "한국어", "العربية", "türkçe", "svenska",
      "dansk", "norsk", "suomi", "čeština", "magyar", "română", "ελληνικά", "català", "hrvatski", "srpski",
      "slovenčina", "slovenščina", "lietuvių", "latviešu", "eesti", "فارسی", "עברית", "हिन्दी", "bahasa");

  /**
   * Verbs of a sentence: the holder's name is what precedes them ("The Real Deal is a registered
   * Trademark of …" names The Real Deal).
   */
  static final Set<String> SENTENCE_VERBS = Set.of(
      "is", "are", "was", "were", "has", "have", "had", "will", "may", "can", "must", "should", "does",
      "ist", "sind", "war", "wird", "werden", "hat", "haben", "kann", "est", "sont", "è", "são",
      "zijn", "är", "jest", "является");

  /**
   * Words of a sentence or a picture caption that do not occur in the names of publishers, agencies
   * or photographers: when one comes before the name has clearly ended, the reader cannot tell where
   * the name stops and gives no holder.
   */
  static final Set<String> SENTENCE_WORDS = Set.of(
      // English
      "at", "on", "in", "during", "after", "before", "into", "this", "that", "these", "those", "our",
      "we", "you", "your", "he", "she", "they", "his", "her", "their", "please", "click", "here",
      "see", "read", "not", "when", "where", "which", "who", "while", "only",
      // German
      "am", "im", "auf", "bei", "nach", "vor", "während", "beim", "zum", "hier", "sie", "wir", "ich",
      "nicht", "diese", "dieser", "dieses", "können", "klicken", "wurde", "wurden", "sich",
      // French, Spanish, Italian, Portuguese
      "sur", "dans", "nous", "vous", "ici", "cette", "ces", "pour", "con", "para", "este", "esta",
      "nel", "nella", "questo", "questa", "em", "com",
      // Dutch, Scandinavian, Polish, Czech
      "op", "deze", "dit", "på", "om", "denne", "dette", "er", "läs", "læs", "na", "dla",
      "się", "jsou");

  /** Words that join parts of a name and never end one: "Caxton &amp; CTP Printers and Publishers Ltd.". */
  static final Set<String> CONNECTORS = Set.of(
      "&", "and", "or", "of", "the", "for", "und", "oder", "mit", "with", "et", "ou", "y", "e", "o", "i",
      "og", "och", "en", "ir", "ja", "и", "і", "de", "du", "des", "del", "della", "di", "da", "do", "dos",
      "der", "die", "das", "van", "von", "zu", "zur", "für", "a", "an", "le", "la", "les", "el", "lo");

  /**
   * Month names and their abbreviations in the languages of the corpus (English, German, French,
   * Spanish, Italian, Dutch, Portuguese), folded: before a year they are part of a date, not a
   * name ("© August 2000").
   */
  static final Set<String> MONTHS = Set.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
      "dec", "januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember", "janvier", "février",
      "mars", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", "enero",
      "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
      "diciembre", "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre",
      "dicembre", "januari", "februari", "maart", "mei", "augustus", "janeiro", "fevereiro", "março", "maio",
      "junho", "julho", "setembro", "outubro", "novembro", "dezembro");

  /**
   * Top-level domains that sites write in capitals after their name ("ElectricNews.Net",
   * "Salon.Com"), folded: a capitalised word glued to the name by a period is then part of it, not
   * the next sentence.
   */
  static final Set<String> TOP_LEVEL_DOMAINS = Set.of(
      "com", "net", "org", "info", "biz", "edu", "gov", "tv", "fm", "io", "co", "de", "uk", "fr", "es", "it",
      "nl", "at", "ch", "be", "au", "ca", "ie", "in", "jp", "us", "eu", "news", "online", "media");

  /** Words of a picture credit that name a role, not a party: "© Netflix | PR", "© AFP | HANDOUT". */
  static final Set<String> CREDIT_ROLES = Set.of(
      "pr", "handout", "privat", "private", "promo", "symbolbild", "archivbild", "montage", "screenshot",
      "illustration", "grafik", "file", "pool", "ho");

  /** Labels of a picture credit, written with a colon: "© Foto: dpa", "Photo: © NASA". */
  static final Set<String> CREDIT_LABELS = Set.of(
      "foto", "fotos", "foto(s)", "photo", "photos", "photograph", "photography", "bild", "bilder", "image",
      "images", "picture", "pictures", "credit", "credits", "source", "quelle", "illustration", "grafik",
      "video", "text", "cover", "zdjęcie", "kuva", "billede", "fotografía", "fotografia", "imagen");

  /**
   * Words that follow "Copyright" in a menu entry or a sentence about copyright ("Copyright Policy",
   * "Copyright &amp; Licensing"): the word is then no notice.
   */
  static final Set<String> NOT_HOLDERS = Set.of(
      "policy", "notice", "notices", "information", "info", "statement", "licensing", "licence", "license",
      "terms", "agent", "act", "law", "laws", "complaint", "complaints", "infringement", "holder", "holders",
      "owner", "owners", "protection", "office", "claim", "claims", "issues", "questions", "matters",
      "dispute", "disclaimer", "notification", "request", "requests", "permissions", "guidelines", "guide",
      "rules", "center", "centre", "compliance", "registration", "trademark", "trademarks", "dmca", "reuse",
      "reprints", "usage", "regulations", "help", "faq", "contact", "settings", "and", "&", "©", "|", "-", "·",
      "•", "/", "(c)",
      // a button or toggle that carries the sign: "© Show captions"
      "show", "hide", "toggle", "expand", "collapse", "click", "tap", "menu", "button");

  /**
   * "Copyright" in other languages. Not read as a copyright statement (they stand in menus and prose
   * as often), but a name written before a sign stops at one: "NRK Opphavsrett NRK © 2024".
   */
  static final String[] COPYRIGHT_WORDS = {
    "opphavsrett", "ophavsret", "upphovsrätt", "tekijänoikeus", "urheberrecht", "auteursrecht",
    "prawa autorskie", "autorská práva", "szerzői jog", "авторское право", "авторське право", "저작권",
    "著作権", "版权", "版權", "derechos de autor", "droits d'auteur", "diritto d'autore", "direitos autorais"
  };

  /** Words that name a street after its name or number: "Morton Way", "11 West 42nd Street". */
  static final Set<String> STREET_WORDS = Set.of(
      "street", "st", "avenue", "ave", "road", "rd", "way", "lane", "drive", "boulevard", "blvd", "place",
      "square", "floor", "suite", "straße", "strasse", "str", "platz", "weg", "allee", "gasse", "ring");

  /** Words that name a street before its name: "Avda San Luis 25", "Via Solferino 28". */
  static final Set<String> STREET_PREFIXES = Set.of(
      "avda", "avenida", "calle", "carrer", "via", "viale", "piazza", "corso", "rue", "rua", "ul", "ulica",
      "plaza", "p.o", "po", "box");

  /** Endings of street names written as one word, before the house number: "Hauptstraße 1". */
  static final String[] STREET_ENDINGS = {
    "straße", "strasse", "str", "gasse", "weg", "allee", "platz", "vej", "gade", "gatan", "vägen", "veien"
  };
}
