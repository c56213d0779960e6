package dev.byline.core.rights;

import dev.byline.RightsNotice;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the notice reader made of a text: the {@link RightsNotice} (always with the verbatim text),
 * the stretches it recognised and the ones it did not, so that a caller can route the rest to a
 * person.
 *
 * <p>Immutable and thread-safe.
 */
public final class RightsReading {
  private final RightsNotice notice;
  private final List<RecognisedPart> recognised;
  private final List<String> unrecognised;
  private final List<String> holders;
  private final NoHolderReason noHolderReason;

  RightsReading(RightsNotice notice, List<RecognisedPart> recognised, List<String> unrecognised,
      List<String> holders, NoHolderReason noHolderReason) {
    this.notice = Objects.requireNonNull(notice, "notice");
    this.recognised = List.copyOf(recognised);
    this.unrecognised = List.copyOf(unrecognised);
    this.holders = List.copyOf(holders);
    this.noHolderReason = noHolderReason;
  }

  /**
   * The notice as read: verbatim text, and every property the reader recognised.
   *
   * @return the notice
   */
  public RightsNotice getNotice() {
    return notice;
  }

  /**
   * The recognised stretches, in text order; they never overlap (a statement around "All rights
   * reserved", as in "© 2024, All Rights Reserved | Example Newspapers Limited", is given as the
   * stretches on either side of it).
   *
   * @return an unmodifiable list
   */
  public List<RecognisedPart> getRecognised() {
    return recognised;
  }

  /**
   * The stretches of text between the recognised ones that hold letters or digits, verbatim and in
   * text order — a caption before "©", "Terms of Service", "For reprint rights: …".
   *
   * @return an unmodifiable list, empty when everything was understood
   */
  public List<String> getUnrecognised() {
    return unrecognised;
  }

  /**
   * Every holder named by a copyright statement in the text, in text order. Usually one; a photo
   * credit inside an agency line ("Copyright Frank Franklin II/Copyright 2026 The AP") names two.
   * {@link RightsNotice#getHolder()} is the first of them (the picture's photographer here), unless
   * an earlier statement could not be read ({@link NoHolderReason#UNCLEAR}).
   *
   * @return an unmodifiable list of holder names
   */
  public List<String> getHolders() {
    return holders;
  }

  /**
   * Tells whether the text is a rights notice: whether the reader recognised a copyright statement
   * (a sign or the word "Copyright" with a holder or years, or a sign followed by text it could not
   * read), "all rights reserved", a prohibition or a licence. {@code false} for a menu entry
   * ("Copyright Policy"), prose or an empty text: the reading is then empty but for the verbatim
   * text.
   *
   * @return {@code true} when anything was recognised
   */
  public boolean isNotice() {
    return !recognised.isEmpty();
  }

  /**
   * Why the notice has no holder, when it has none: {@link NoHolderReason#NOT_A_NOTICE},
   * {@link NoHolderReason#NONE_NAMED} or {@link NoHolderReason#UNCLEAR} (the text after the sign
   * could not be read as a name; a person should look at it).
   *
   * @return the reason, or empty when {@link RightsNotice#getHolder()} is present
   */
  public Optional<NoHolderReason> getNoHolderReason() {
    return Optional.ofNullable(noHolderReason);
  }

  /**
   * Tells whether the reader understood the whole text.
   *
   * @return {@code true} when nothing is left unrecognised
   */
  public boolean isFullyRecognised() {
    return unrecognised.isEmpty();
  }

  /**
   * Returns the notice and what was left unrecognised.
   *
   * @return a description for people
   */
  @Override
  public String toString() {
    return notice + (noHolderReason == null ? "" : " noHolder=" + noHolderReason)
        + (unrecognised.isEmpty() ? "" : " unrecognised=" + unrecognised);
  }
}
