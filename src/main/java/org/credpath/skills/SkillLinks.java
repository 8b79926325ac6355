package org.credpath.skills;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.credpath.catalog.model.AlignmentSpec;
import org.credpath.skills.match.Calibration;
import org.credpath.skills.match.Mentions;
import org.credpath.skills.match.Sentences;
import org.credpath.skills.match.SkillMatch;
import org.credpath.skills.match.SkillMatcher;
import org.credpath.skills.match.SkillMatchers;

/**
 * The links an import writes between a credential's text and ESCO skills, through the matcher: skills
 * {@linkplain #extract extracted} from a description or outcome statement (each with the sentence it came from), a
 * provider's {@linkplain #stated stated} skill assessed against the credential's own text, and a provider's free-text
 * {@linkplain #tag tag} that names no skill exactly. One instance serves every import over one matcher: a sentence many
 * credentials share (boilerplate), or one seen by an earlier import, is matched once. Safe to call from several threads.
 */
public final class SkillLinks {

    /** Links under this confidence are not written: answers apply their own, higher threshold to the rest. */
    public static final double FLOOR = 0.3;
    /** A sentence's match counts toward a skill's combined confidence from this confidence on. */
    static final double SENTENCE_FLOOR = 0.1;
    static final int PER_PIECE = 5;
    static final int PER_TEXT = 15;
    static final int TAG_CANDIDATES = 3;

    private final SkillMatcher matcher;
    private final Map<Reading, List<SkillMatch>> pieces = new ConcurrentHashMap<>();
    private final Map<String, float[]> vectors = new ConcurrentHashMap<>();

    public SkillLinks(SkillMatcher matcher) {
        this.matcher = matcher;
    }

    SkillMatcher matcher() {
        return matcher;
    }

    /** A credential's text to read: its title (may be null) and a body (a description, an outcome statement). */
    public record CredentialText(String title, String body) {
    }

    /**
     * The skills a text names, most confident first, at most {@value #PER_TEXT} at {@link #FLOOR} or more, each with
     * the sentence that names it most confidently as evidence; read as a description sentence with nothing known of
     * what it is about.
     */
    public List<AlignmentSpec> extract(String text) {
        return extract(new CredentialText(null, text), false);
    }

    /**
     * The skills a credential's title and body name: the title read as a course title ({@link SkillMatchers#COURSE_TITLE}),
     * each sentence of the body as a description sentence about that title ({@link SkillMatchers#COURSE_TEXT}: the
     * cosine of the skill to the title weighs in). A skill several sentences name is confirmed by each: their
     * confidences are combined as independent evidence, {@code 1 - (1 - c1)(1 - c2)...} over the pieces naming it at
     * {@value #SENTENCE_FLOOR} or more (a course description returns to its topics sentence after sentence); a skill so
     * combined at {@value #FLOOR} or more then gets, with a title, the confidence of {@link CourseLinkCalibration}: the
     * chance a careful reader calls the link right. Without a title (a job ad) the combined confidence stands.
     */
    public List<AlignmentSpec> extract(CredentialText text) {
        return extract(text, true);
    }

    /**
     * The skills an outcome statement of a credential names, read as description sentences about its title (the title
     * itself not read, so not calibrated by {@link CourseLinkCalibration}: no outcome link has been judged yet).
     */
    public List<AlignmentSpec> extractOutcome(String title, String statement) {
        return extract(new CredentialText(title, statement), false);
    }

    private List<AlignmentSpec> extract(CredentialText text, boolean readTitle) {
        var title = titleOf(text);
        boolean calibrate = readTitle && title != null;
        boolean sense = CourseLinkCalibration.uses("senseCosine");
        float[] whole = calibrate && (sense || CourseLinkCalibration.uses("textCosine")) ? encodeWhole(text) : null;
        var links = new ArrayList<AlignmentSpec>();
        gather(text, readTitle).forEach((skill, support) -> {
            double confidence = round(support.combined());
            if (confidence >= FLOOR && calibrate) {
                confidence = round(CourseLinkCalibration.confidence(support.evidence(matcher, titleVector(title), whole, sense)));
            }
            if (confidence >= FLOOR) {
                links.add(new AlignmentSpec(skill, AlignmentSpec.EXTRACTED, confidence, support.best().evidence()));
            }
        });
        links.sort(Comparator.comparing(AlignmentSpec::confidence).reversed().thenComparing(AlignmentSpec::skill));
        return List.copyOf(links.subList(0, Math.min(PER_TEXT, links.size())));
    }

    /**
     * What each link {@link #extract(CredentialText)} would weigh for a course's title and body rests on, by skill: every
     * skill its pieces name at {@value #FLOOR} or more combined, before {@link CourseLinkCalibration} (the feature dump of
     * the calibration's fit).
     */
    public Map<String, LinkEvidence> evidence(CredentialText text) {
        var title = titleOf(text);
        var whole = title == null ? null : encodeWhole(text);
        var out = new LinkedHashMap<String, LinkEvidence>();
        gather(text, true).forEach((skill, support) -> {
            if (round(support.combined()) >= FLOOR) {
                out.put(skill, support.evidence(matcher, titleVector(title), whole, true));
            }
        });
        return out;
    }

    /** The pieces naming each skill: the title (when read), then each sentence of the body with its mentions. */
    private Map<String, LinkSupport> gather(CredentialText text, boolean readTitle) {
        var title = titleOf(text);
        var support = new LinkedHashMap<String, LinkSupport>();
        if (readTitle && title != null) {
            var read = read(new Reading(title.matches(".*[.!?]$") ? title : title + ".", SkillMatchers.COURSE_TITLE, null));
            read.values().forEach(link -> support.computeIfAbsent(link.skill(), s -> new LinkSupport()).add(link, LinkEvidence.TITLE));
        }
        for (var piece : Sentences.split(text.body() == null ? "" : text.body())) {
            var found = read(title == null ? new Reading(piece.text(), SkillMatchers.JOB_AD, null)
                    : new Reading(piece.text(), SkillMatchers.COURSE_TEXT, title));
            var mentioned = new java.util.HashSet<String>();
            if (title != null) {
                Mentions.of(piece).forEach(m -> mention(m.text(), piece.text(), title).ifPresent(link -> {
                    if (found.merge(link.skill(), link, AlignmentSpec::stronger) == link) {
                        mentioned.add(link.skill());
                    }
                }));
            }
            found.values().forEach(link -> support.computeIfAbsent(link.skill(), s -> new LinkSupport())
                    .add(link, mentioned.contains(link.skill()) ? LinkEvidence.MENTION : LinkEvidence.SENTENCE));
        }
        return support;
    }

    private static String titleOf(CredentialText text) {
        return text.title() == null || text.title().isBlank() ? null : text.title().strip();
    }

    private float[] titleVector(String title) {
        return title == null ? null : vectors.computeIfAbsent(title, matcher::encode);
    }

    /** The vector of a course's title and body together (not kept: one per course). */
    private float[] encodeWhole(CredentialText text) {
        return matcher.encode(titleOf(text) + ".\n" + (text.body() == null ? "" : text.body()));
    }

    /** A piece's links, the most confident of each skill, each with the piece as evidence. */
    private Map<String, AlignmentSpec> read(Reading piece) {
        var found = new LinkedHashMap<String, AlignmentSpec>();
        for (var m : matches(piece)) {
            found.merge(m.uri(), new AlignmentSpec(m.uri(), AlignmentSpec.EXTRACTED, m.confidence(), piece.text()), AlignmentSpec::stronger);
        }
        return found;
    }

    /**
     * A piece of text and how to read it: the confidence curve of its kind and what it is about (a course title, whose
     * cosine to each skill weighs in; null: nothing). A description sentence of a text without a title is read as a
     * job-ad sentence, the only curve fitted without one.
     */
    private record Reading(String text, Calibration calibration, String about) {
    }

    private List<SkillMatch> matches(Reading r) {
        return pieces.computeIfAbsent(r, x -> matcher.match(r.text(), Map.of(), r.calibration(),
                r.about() == null ? null : vectors.computeIfAbsent(r.about(), matcher::encode), SENTENCE_FLOOR, PER_PIECE, PER_PIECE));
    }

    /**
     * {@link #extract(CredentialText)} of every text, in order (null: none), on {@code threads} threads (ONNX Runtime
     * runs one intra-op thread per call, so threads are how an import uses more cores); {@code progress} hears the
     * count done now and then.
     */
    public List<List<AlignmentSpec>> extractAll(List<CredentialText> texts, int threads, java.util.function.IntConsumer progress) {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            var thread = new Thread(r, "skill-links");
            thread.setDaemon(true);
            return thread;
        });
        try {
            var done = new java.util.concurrent.atomic.AtomicInteger();
            var futures = texts.stream().map(text -> pool.submit(() -> {
                var links = text == null ? List.<AlignmentSpec>of() : extract(text);
                int n = done.incrementAndGet();
                if (n % 250 == 0 || n == texts.size()) {
                    progress.accept(n);
                }
                return links;
            })).toList();
            var out = new ArrayList<List<AlignmentSpec>>(texts.size());
            for (var future : futures) {
                out.add(future.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while matching skills", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A skill the provider states, with the confidence that the credential teaches it ({@link StatedConfidence}): how near
     * its own text ({@code ownText}: a title, a description) is to the skill, and how early the provider lists it
     * ({@code place}: 0 the first or only one, 1 the last; {@link #place}). A tag far from what the credential is about,
     * or in the tail of a long list, is kept, not trusted.
     */
    public AlignmentSpec stated(String skill, String evidence, String ownText, double place) {
        return new AlignmentSpec(skill, AlignmentSpec.STATED, StatedConfidence.of(similarity(ownText, skill), place), evidence);
    }

    /** The place of the {@code index}-th (from 0) of {@code count} stated tags, for {@link #stated} and {@link #tag}. */
    public static double place(int index, int count) {
        return StatedConfidence.place(index, count);
    }

    /**
     * A provider's tag no label names exactly, read by the matcher ({@link SkillMatchers#TAG}: how likely the skill is
     * what the tag names): of the tag's best {@value #TAG_CANDIDATES} skills the one most confident once weighed as a
     * stated skill would be (the smaller of the tag's match confidence and {@link StatedConfidence} of the skill against
     * {@code ownText} at the tag's {@code place}); empty when none reaches {@link #FLOOR}.
     */
    public Optional<AlignmentSpec> tag(String tag, String evidence, String ownText, double place) {
        return tag(tag, evidence, ownText, place, m -> true);
    }

    /**
     * A topic a description sentence lists ({@link Mentions}), read as a tag of the credential listed first (a topic
     * the description names is one of the course's own), {@code sentence} as evidence, and kept only for a skill the
     * mention names in (nearly) the same words ({@link Mentions#names}).
     */
    public Optional<AlignmentSpec> mention(String mention, String sentence, String title) {
        return tag(mention, sentence, title, 0, m -> Mentions.names(mention, m.matchedLabel()));
    }

    private Optional<AlignmentSpec> tag(String tag, String evidence, String ownText, double place, Predicate<SkillMatch> accept) {
        AlignmentSpec best = null;
        for (var m : matches(tag, TAG_CANDIDATES)) {
            double confidence = round(Math.min(m.confidence(), StatedConfidence.of(similarity(ownText, m.uri()), place)));
            if (confidence >= FLOOR && accept.test(m) && (best == null || confidence > best.confidence())) {
                best = new AlignmentSpec(m.uri(), AlignmentSpec.EXTRACTED, confidence, evidence);
            }
        }
        return Optional.ofNullable(best);
    }

    private List<SkillMatch> matches(String tag, int limit) {
        var found = matches(new Reading(tag, SkillMatchers.TAG, null));
        return found.subList(0, Math.min(limit, found.size()));
    }

    private double similarity(String text, String skill) {
        var vector = vectors.computeIfAbsent(text, matcher::encode);
        return matcher.similarity(vector, skill);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
