package dev.byline.core.quotes;

import dev.byline.Agent;
import dev.byline.Organization;
import dev.byline.Person;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The people and organisations of one article, as the article introduces them, and what later
 * mentions refer to. Lookups are hash-map reads; a surname shared by several people picks the one
 * introduced last before the mention.
 */
final class Register {
  static final int PERSON = 0;
  static final int ORGANISATION = 1;

  static final int UNKNOWN_GENDER = 0;
  static final int MALE = 1;
  static final int FEMALE = 2;

  /** A person or organisation of the article; the agent is built once, when first asked for. */
  static final class Entity {
    int type;
    String name;
    String title;
    String affiliation;
    int gender;
    /**
     * The gender the given name suggests ("Michelle Obama"), weaker than {@link #gender} (from an
     * honorific, a noun or a pronoun already resolved): it only rules a person out for the other
     * pronoun.
     */
    int nameGender;
    final long introduced;
    private Agent agent;

    Entity(int type, String name, long introduced) {
      this.type = type;
      this.name = name;
      this.introduced = introduced;
    }

    boolean isPerson() {
      return type == PERSON;
    }

    /** The gender a pronoun or title gave, else the one the given name gives ("Michelle Obama"), else unknown. */
    int knownGender() {
      return gender != UNKNOWN_GENDER ? gender : nameGender;
    }

    /**
     * A one-word name with nothing that marks a person (no given name, title, honorific or
     * he/she): "WeWork", "Tottenham". It can turn out to be an organisation.
     */
    boolean mayBeOrganisation() {
      return type == ORGANISATION || name.indexOf(' ') < 0 && title == null && gender == UNKNOWN_GENDER;
    }

    /** Makes this an organisation ("WeWork … a company spokesperson said"). */
    void becomeOrganisation() {
      type = ORGANISATION;
    }

    Agent agent() {
      if (agent == null) {
        if (type == ORGANISATION) {
          agent = Organization.of(name);
        } else {
          Person.Builder b = Person.builder().name(name);
          if (title != null) {
            b.title(title);
          }
          if (affiliation != null) {
            b.affiliation(Organization.of(affiliation));
          }
          agent = b.build();
        }
      }
      return agent;
    }

    @Override
    public String toString() {
      return (type == PERSON ? "person " : "org ") + name;
    }
  }

  /** How many people of one surname a surname alone can refer to. */
  static final int MAX_SAME_SURNAME = 16;

  /** Stands in {@link #byTitleNoun} for a title noun that two people's titles end with. */
  private static final Entity AMBIGUOUS = new Entity(PERSON, "", 0);

  private final Map<String, Entity> byName = new HashMap<>();
  private final Map<String, List<Entity>> bySurname = new HashMap<>();
  private final Map<String, Entity> byTitle = new HashMap<>();
  private final Map<String, Entity> byTitleNoun = new HashMap<>();
  private final Map<String, Entity> byFirstName = new HashMap<>();
  private final Map<String, List<Entity>> byMiddleName = new HashMap<>();
  private final Map<String, Entity> organisations = new HashMap<>();

  /**
   * The person of this full name, registered now if new. {@code surname} is the word later
   * mentions use; title, affiliation and gender fill in what is not yet known.
   */
  Entity person(String name, String surname, String title, String affiliation, int gender, long at) {
    Entity e = byName.get(name);
    if (e == null) {
      e = new Entity(PERSON, name, at);
      byName.put(name, e);
      List<Entity> same = bySurname.computeIfAbsent(surname, k -> new ArrayList<>(2));
      if (same.size() < MAX_SAME_SURNAME) {
        same.add(e); // beyond that, only the full name finds the person: lookups stay constant-time
      }
      int space = name.indexOf(' ');
      if (space > 0) {
        byFirstName.putIfAbsent(name.substring(0, space), e);
        int last = name.lastIndexOf(' ');
        for (int from = space + 1, to; from < last; from = to + 1) {
          to = name.indexOf(' ', from);
          if (to - from > 2 && Character.isUpperCase(name.charAt(from)) && name.charAt(to - 1) != '.') {
            List<Entity> middle = byMiddleName.computeIfAbsent(name.substring(from, to), k -> new ArrayList<>(2));
            if (middle.size() < MAX_SAME_SURNAME) {
              middle.add(e); // "Salinas" of "Guadalupe Salinas Hernández": the first of two surnames
            }
          }
        }
      }
    }
    if (e.title == null && title != null) {
      e.title = title;
      String key = Lexicon.normalise(title);
      byTitle.putIfAbsent(key, e);
      String noun = key.substring(key.lastIndexOf(' ') + 1);
      Entity before = byTitleNoun.putIfAbsent(noun, e);
      if (before != null && before != e) {
        byTitleNoun.put(noun, AMBIGUOUS);
      }
    }
    if (e.affiliation == null && affiliation != null) {
      e.affiliation = affiliation;
    }
    if (e.gender == UNKNOWN_GENDER) {
      e.gender = gender;
    }
    int space = name.indexOf(' ');
    if (e.nameGender == UNKNOWN_GENDER && space > 0) {
      e.nameGender = Lexicon.givenNameGender(name.substring(0, space)); // "Michelle Obama": not "he"
    }
    return e;
  }

  /** The person a surname (or "Eriksson Ek") refers to at {@code at}, or null if none is registered. */
  Entity bySurname(String surname, String words, long at) {
    List<Entity> candidates = bySurname.get(surname);
    if (candidates == null) {
      return words.equals(surname) ? latest(byMiddleName.get(surname), at) : null;
    }
    Entity best = null;
    for (Entity e : candidates) {
      if (!endsWithIgnoringCase(e.name, words) && !endsWithIgnoringCase(withoutSuffix(e.name), words)) {
        continue;
      }
      best = later(best, e, at);
    }
    return best;
  }

  /** Of these people, the one introduced last at {@code at} (else the first), or null if there are none. */
  private static Entity latest(List<Entity> candidates, long at) {
    Entity best = null;
    for (Entity e : candidates == null ? List.<Entity>of() : candidates) {
      best = later(best, e, at);
    }
    return best;
  }

  /** {@code e} if it was introduced by {@code at} and after {@code best} (or {@code best} was not), else {@code best}. */
  private static Entity later(Entity best, Entity e, long at) {
    return best == null || e.introduced <= at && (best.introduced > at || e.introduced > best.introduced) ? e : best;
  }

  /** "Bill de Blasio" ends with "De Blasio", "Vincent van Gogh" with "Van Gogh": a particle's case may differ. */
  static boolean endsWithIgnoringCase(String name, String words) {
    return name.regionMatches(true, name.length() - words.length(), words, 0, words.length());
  }

  /** The person whose name starts with this word ("Liu" of "Liu Xiaming", "Ivan" of "Ivan Braiker"), or null. */
  Entity byFirstName(String word) {
    return byFirstName.get(word);
  }

  private static final String[] SUFFIXES = {" Jr.", " Jr", " Sr.", " Sr", " II", " III", " IV"};

  private static String withoutSuffix(String name) {
    for (String suffix : SUFFIXES) {
      if (name.endsWith(suffix)) {
        String rest = name.substring(0, name.length() - suffix.length());
        return rest.endsWith(",") ? rest.substring(0, rest.length() - 1) : rest;
      }
    }
    return name;
  }

  /** Whether some registered person has this surname. */
  boolean isSurname(String word) {
    return bySurname.containsKey(word) || byMiddleName.containsKey(word);
  }

  /** The person registered with this title ("the mayor", "Secretary general"), or null. */
  Entity byTitle(String title) {
    return byTitle.get(Lexicon.normalise(title));
  }

  /**
   * The one person whose title ends with this noun ("judge" for "US District Judge"), or null when
   * none does or when the titles of two people do.
   */
  Entity byTitleNoun(String noun) {
    Entity e = byTitleNoun.get(Lexicon.normalise(noun));
    return e == AMBIGUOUS ? null : e;
  }

  /** The organisation of this name (a leading "the" and case ignored), registered now if new. */
  Entity organisation(String name, long at) {
    String key = key(name);
    Entity e = organisations.get(key);
    if (e == null) {
      Entity person = byName.get(name);
      if (person != null) {
        return person;
      }
      e = new Entity(ORGANISATION, name, at);
      organisations.put(key, e);
    }
    return e;
  }

  /** An organisation already registered under this name, or null. */
  Entity knownOrganisation(String name) {
    return organisations.get(key(name));
  }

  private static String key(String name) {
    String k = name.strip().toLowerCase(Locale.ROOT);
    return k.startsWith("the ") ? k.substring(4) : k;
  }
}
