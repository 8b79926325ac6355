package org.credpath.imports.ctdl;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.credpath.catalog.model.CredentialKind;

/**
 * CTDL terms as the files write them: compact ({@code ceterms:hasChild}, {@code ceasn:hasChild}), bare
 * under a {@code @context} ({@code hasChild}) or as full IRIs ({@code https://purl.org/ctdl/terms/hasChild},
 * {@code https://purl.org/ctdlasn/terms/hasChild}) all read as the local name; and what each class is
 * to credpath.
 */
final class Terms {

    /** What a CTDL class becomes. */
    enum Role {
        /** ceterms:Pathway: mapped onto its destination component. */
        PATHWAY,
        /** Something a learner holds and credpath stores as a credential (course, assessment, credential). */
        HELD,
        /** A component that only groups others (BasicComponent, SelectionComponent): inlined as a rule group. */
        GROUP,
        /** A component that is no credential (a job, work experience, a competency): a condition leaf. */
        CONDITION,
        /** ceterms:ComponentCondition. */
        COMPONENT_CONDITION,
        /** ceterms:Constraint. */
        CONSTRAINT,
        /** Anything else (concept schemes, value profiles, organisations...). */
        OTHER
    }

    private static final List<String> PREFIXES = List.of("ceterms:", "ceasn:", "asn:", "schema:",
            "https://purl.org/ctdl/terms/", "http://purl.org/ctdl/terms/",
            "https://purl.org/ctdlasn/terms/", "http://purl.org/ctdlasn/terms/",
            "https://credreg.net/ctdl/terms/", "http://credreg.net/ctdl/terms/",
            "https://schema.org/", "http://schema.org/");

    private static final Set<String> GROUPS = Set.of("BasicComponent", "SelectionComponent");
    private static final Set<String> CONDITIONS = Set.of("JobComponent", "WorkExperienceComponent", "CompetencyComponent",
            "CocurricularComponent", "ExtracurricularComponent");
    private static final Set<String> COURSES = Set.of("CourseComponent", "Course", "LearningOpportunityProfile",
            "LearningProgram", "AssessmentComponent", "AssessmentProfile");
    /** CTDL credential classes, which some pathways use as components directly (the CompTIA stack's Certification). */
    private static final Set<String> CREDENTIALS = Set.of("CredentialComponent", "Credential", "Certificate", "Certification",
            "Badge", "OpenBadge", "DigitalBadge", "Diploma", "License", "MicroCredential", "ApprenticeshipCertificate",
            "JourneymanCertificate", "MasterCertificate", "BasicTechnicalCertificate", "GeneralEducationDevelopment",
            "SecondarySchoolDiploma", "QualityAssuranceCredential", "AssociateDegree", "BachelorDegree", "MasterDegree",
            "DoctoralDegree", "Degree", "ProfessionalDoctorate", "ResearchDoctorate", "ProfessionalCertificate",
            "CertificateOfCompletion", "CertificateOfParticipation", "AcademicCertificate");

    private static final Pattern CTID = Pattern.compile(".*?(ce-[0-9a-fA-F]{8}-[0-9a-fA-F-]{27})$");

    private Terms() {
    }

    /** The ids a resource the source only refers to may have: the reference itself, and the CTID a registry IRI ends in. */
    static List<String> idCandidates(String reference) {
        var matcher = CTID.matcher(reference);
        return matcher.matches() && !matcher.group(1).equals(reference) ? List.of(reference, matcher.group(1)) : List.of(reference);
    }

    /** The local name of a CTDL (or schema.org) term, whichever way it is written. */
    static String local(String term) {
        for (var prefix : PREFIXES) {
            if (term.startsWith(prefix)) {
                return term.substring(prefix.length());
            }
        }
        return term;
    }

    /** A vocabulary value's local name: {@code creditUnit:DegreeCredit} and {@code .../creditUnit/DegreeCredit} both give DegreeCredit. */
    static String concept(String value) {
        var local = local(value.strip());
        var cut = Math.max(Math.max(local.lastIndexOf('/'), local.lastIndexOf('#')), local.lastIndexOf(':'));
        return cut >= 0 && cut < local.length() - 1 ? local.substring(cut + 1) : local;
    }

    static Role role(String localType) {
        if (localType.equals("Pathway")) {
            return Role.PATHWAY;
        }
        if (localType.equals("ComponentCondition")) {
            return Role.COMPONENT_CONDITION;
        }
        if (localType.equals("Constraint")) {
            return Role.CONSTRAINT;
        }
        if (GROUPS.contains(localType)) {
            return Role.GROUP;
        }
        if (CONDITIONS.contains(localType)) {
            return Role.CONDITION;
        }
        if (COURSES.contains(localType) || CREDENTIALS.contains(localType)) {
            return Role.HELD;
        }
        // a component class this importer does not know yet: it may group others, so it is read as a group
        return localType.endsWith("Component") ? Role.GROUP : Role.OTHER;
    }

    /** Whether the class is a pathway component (a {@code ...Component}) rather than a resource a pathway may point at. */
    static boolean isComponentClass(String localType) {
        return localType.endsWith("Component");
    }

    /**
     * The credpath kind of a held component: courses and assessments are taken like courses; credentials are
     * badges, degrees or (anything else, micro-credentials included: CTDL carries none of the EU elements
     * credpath requires of those) certificates, told by {@code ceterms:credentialType} or the class.
     */
    static CredentialKind kind(String localType, String credentialType) {
        if (COURSES.contains(localType)) {
            return CredentialKind.COURSE;
        }
        var type = credentialType != null ? concept(credentialType) : localType;
        var lower = type.toLowerCase(Locale.ROOT);
        if (lower.contains("badge")) {
            return CredentialKind.BADGE;
        }
        if (lower.endsWith("degree") || lower.endsWith("doctorate")) {
            return CredentialKind.DEGREE;
        }
        return CredentialKind.CERTIFICATE;
    }
}
