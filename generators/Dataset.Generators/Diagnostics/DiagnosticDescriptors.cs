using Microsoft.CodeAnalysis;

namespace Dataset.Generators.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports. Ids are stable: DSG0xx YAML syntax, DSG1xx schema,
/// DSG2xx references, DSG3xx content checks, DSG9xx limits and internal errors.
/// Each message says what is wrong and how to fix it; the location names the YAML file, line and column.
/// </summary>
internal static class DiagnosticDescriptors
{
    // No help links: an IDE opens only an absolute URL, and the repository has no public remote to point one at.
    // Every id has a section in docs/diagnostics.md, found by the id.

    // Constant categories, so release tracking (AnalyzerReleases.*.md) can check them.
    private const string Syntax = "Dataset.Syntax";
    private const string Schema = "Dataset.Schema";
    private const string Reference = "Dataset.Reference";
    private const string Content = "Dataset.Content";
    private const string Limits = "Dataset.Limits";
    private const string Internal = "Dataset.Internal";

    // ---- YAML syntax ----
    public static readonly DiagnosticDescriptor YamlSyntax = new(
        "DSG001", "YAML syntax error",
        "YAML syntax error: {0}; check quotes, brackets and indentation at this position",
        Syntax, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor EmptyDocument = new(
        "DSG002", "Empty YAML file",
        "The file has no YAML content; write the {0} here, or remove the file from the dataset",
        Syntax, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor MultipleDocuments = new(
        "DSG003", "More than one YAML document",
        "A second YAML document starts here ('---'); a dataset file holds exactly one document, so remove the marker "
        + "or split the file",
        Syntax, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor AnchorsNotSupported = new(
        "DSG004", "YAML anchors and aliases are not supported",
        "YAML {0} are not supported in the dataset; write the value out in full",
        Syntax, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor DuplicateKey = new(
        "DSG005", "Duplicate key",
        "Key '{0}' appears twice in the same mapping; keep one of them",
        Syntax, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor NestingTooDeep = new(
        "DSG006", "YAML nested too deeply",
        "The YAML is nested more than {0} levels deep; the dataset schema never needs that many, so flatten it",
        Syntax, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor ComplexKey = new(
        "DSG007", "Mapping key is not a plain value",
        "A mapping key must be a plain scalar such as 'id'; replace this key",
        Syntax, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor NotUtf8 = new(
        "DSG008", "File is not valid UTF-8",
        "The file is not valid UTF-8 ({0}); save it as UTF-8 so every character is read as written",
        Syntax, DiagnosticSeverity.Error, isEnabledByDefault: true);

    // ---- Schema ----
    public static readonly DiagnosticDescriptor WrongNodeKind = new(
        "DSG101", "Wrong kind of YAML value",
        "{0} must be {1}, but a {2} is written here; check the indentation and the '-' and ':' marks above it",
        Schema, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnknownKey = new(
        "DSG102", "Unknown key",
        "Unknown key '{0}' in {1}; expected one of: {2}{3}",
        Schema, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor MissingKey = new(
        "DSG103", "Missing required key",
        "{0} is missing the required key '{1}'; add it",
        Schema, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidValue = new(
        "DSG104", "Invalid value",
        "{0} '{1}' is not valid: {2}",
        Schema, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidDate = new(
        "DSG105", "Invalid date",
        "'{0}' is not a valid date: {1}; write YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDThh:mm[+hh:mm] or a range "
        + "start/end",
        Schema, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnsupportedTag = new(
        "DSG106", "YAML tag not supported",
        "The YAML tag '{0}' is not part of the dataset's YAML, which reads every value as the text written; remove "
        + "the tag (and quote the value if its text starts with '!')",
        Schema, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnsupportedDirective = new(
        "DSG107", "YAML directive not supported",
        "The YAML directive '{0}' is not part of the dataset's YAML; remove the line (a dataset file is plain YAML "
        + "with no directives)",
        Schema, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor NullValue = new(
        "DSG108", "Value is null",
        "{0} is null: it is written empty, as '~' or as 'null', which YAML reads as no value; {1}",
        Schema, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor DuplicateItem = new(
        "DSG109", "Item listed twice",
        "{0} is listed twice in {1} (first at line {2}); remove the repeat",
        Schema, DiagnosticSeverity.Error, isEnabledByDefault: true);

    // ---- References ----
    public static readonly DiagnosticDescriptor UnknownEntity = new(
        "DSG201", "Unknown entity id",
        "No entity with id '{0}' in the registry; add it to entities.yaml or fix the id{1}",
        Reference, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnknownQuote = new(
        "DSG202", "Unknown quote reference",
        "No quote '{0}' in the dataset; write <article-id>/<quote-id> of an existing quote{1}",
        Reference, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor DuplicateId = new(
        "DSG203", "Duplicate id",
        "The {0} id '{1}' is already used {2}; ids must be unique, so rename one",
        Reference, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor RegistryCount = new(
        "DSG204", "Entity registry missing or repeated",
        "{0}",
        Reference, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor HandleCollision = new(
        "DSG205", "Typed handles collide",
        "Entity ids '{0}' and '{1}' both become the C# name '{2}'; rename one of them",
        Reference, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor FileNameMismatch = new(
        "DSG206", "File name does not match the article id",
        "The article id is '{0}' but the file is named '{1}'; rename the file to '{0}.yaml' or fix the id",
        Reference, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnknownArticle = new(
        "DSG207", "Unknown article id",
        "No article with id '{0}' in the dataset; fix the id{1}",
        Reference, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor ReservedHandle = new(
        "DSG208", "Entity id makes a reserved C# name",
        "Entity id '{0}' becomes the C# name '{1}', which {2}; rename the id",
        Reference, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor FormRegisteredTwice = new(
        "DSG209", "Form registered twice",
        "The form '{0}' is already {1} (line {2}); a name or alias names one entity only, so remove it here or tell "
        + "the two apart",
        Reference, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor FormNotPrinted = new(
        "DSG210", "Registered form printed in no article",
        "{0} '{1}' of entity '{2}' is printed in no article (as a whole word of a headline, dateline, byline, body or "
        + "caption); {3}",
        Reference, DiagnosticSeverity.Error, isEnabledByDefault: true);

    // ---- Content ----
    public static readonly DiagnosticDescriptor QuoteNotVerbatim = new(
        "DSG301", "Quote not found verbatim where it is said to be printed",
        "Quote '{0}': text not found verbatim in the article {1}; copy it exactly as printed, including quote marks, "
        + "apostrophes and ellipses{2}",
        Content, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor TextNotVerbatim = new(
        "DSG302", "Text not found verbatim in the article",
        "{0} '{1}' does not occur verbatim in {2}; copy it exactly as printed",
        Content, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor FormNotRegistered = new(
        "DSG303", "Mention form not registered",
        "'{0}' is neither the name nor an alias of entity '{1}'; add it to the entity's aliases in entities.yaml",
        Content, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor EvidenceRequired = new(
        "DSG304", "Evidence required",
        "{0} has basis '{1}' but no evidence; add '{2}' saying what it is deduced from",
        Content, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor PrecisionMismatch = new(
        "DSG305", "Date value disagrees with its precision",
        "The date '{0}' is written at {1} precision but 'precision' says {2}; make them agree",
        Content, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor DateAfterPublication = new(
        "DSG306", "Date after the article's publication",
        "{0} ({1}) lies after the article was published ({2}); {3}",
        Content, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor SpeakerInconsistent = new(
        "DSG307", "Quote speaker inconsistent with its basis",
        "Quote '{0}': {1}",
        Content, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor CreditInconsistent = new(
        "DSG308", "Credit inconsistent with its basis",
        "{0}: {1}",
        Content, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor ScheduledInPast = new(
        "DSG309", "Scheduled date before the article's publication",
        "{0} ({1}) is marked 'scheduled' but lies before the article was published ({2}); remove 'scheduled: true' or "
        + "fix the date",
        Content, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor AmbiguousCopy = new(
        "DSG310", "Annotation printed more than once",
        "{0} is printed {1} times in {2}{3}; add 'occurrence: N' to say which copy it is (1 is the first copy in "
        + "reading order)",
        Content, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor OccurrenceOutOfRange = new(
        "DSG311", "Occurrence beyond the copies printed",
        "'occurrence: {0}' asks for copy {0} of {1}, but {2} prints it {3}; count its copies in reading order from 1, "
        + "or remove 'occurrence'",
        Content, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor CueNotBesideQuote = new(
        "DSG312", "Cue not printed beside its quote",
        "Quote '{0}': its cue '{1}' is printed, but not in the {2} that prints {3}; the cue is the reporting clause "
        + "next to the words, so copy it from there{4}",
        Content, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor EquallyNearCopies = new(
        "DSG313", "Text does not point at one place",
        "{0} {1}; write more of it, copying the words around it as printed, so that it points at one place",
        Content, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor FormWithoutOccurrence = new(
        "DSG314", "Mention form never printed as a word of its own",
        "Mention form '{0}' of entity '{1}' is never printed as a whole word of its own: {2}; remove it from 'as', or "
        + "write the form as printed",
        Content, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor FormNotRecorded = new(
        "DSG315", "Registered name printed but not recorded",
        "'{0}', {1}, is printed here but no mention records it; {2}, or, if it does not name {3} here, list it under "
        + "'unlinked' with the reason",
        Content, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor StaleUnlinked = new(
        "DSG316", "Unlinked exception excuses nothing",
        "The 'unlinked' exception for '{0}'{1} excuses nothing: {2}; remove it",
        Content, DiagnosticSeverity.Error, isEnabledByDefault: true);

    // ---- Limits and internal errors ----
    public static readonly DiagnosticDescriptor InternalError = new(
        "DSG901", "The dataset generator failed",
        "The dataset generator failed on this file ({0}); please report it with the file attached",
        Internal, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor FileTooLarge = new(
        "DSG902", "File too large",
        "The file holds {0} characters, over the limit of {1} for one dataset file; split it (one file per article) "
        + "or shorten it",
        Limits, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UserStringHeapFull = new(
        "DSG903", "Too much text for string literals",
        "The articles up to this one hold {0} bytes of string literals, over the {1} bytes this target can give them "
        + "(an assembly's string literals share one 16 MiB heap, and a target without UTF-8 literals keeps the data "
        + "there); build the dataset for a target with UTF-8 literals (net8.0 or later, C# 11 or later), or build it "
        + "from fewer articles",
        Limits, DiagnosticSeverity.Error, isEnabledByDefault: true);
}
