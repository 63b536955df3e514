namespace Steady.Diagnostics;

/// <summary>
/// Stable diagnostic codes. They are documented in the README and never reused for another meaning,
/// so people can search for them.
/// </summary>
public static class DiagnosticCodes
{
    // SY: the file could not be read as safe YAML.
    public const string Syntax = "SY001";
    public const string Tab = "SY002";
    public const string Alias = "SY003";
    public const string MergeKey = "SY004";
    public const string TooDeep = "SY005";
    public const string TooLarge = "SY006";
    public const string InvalidUtf8 = "SY007";
    public const string ControlCharacter = "SY008";
    public const string MultipleDocuments = "SY009";
    public const string Empty = "SY010";
    public const string DuplicateKey = "SY011";
    public const string Tag = "SY012";

    // ST: the YAML is well formed but does not fit the format.
    public const string UnknownKey = "ST001";
    public const string WrongType = "ST002";
    public const string MissingKey = "ST003";
    public const string BadDate = "ST004";
    public const string FutureDate = "ST005";
    public const string BadEnum = "ST006";
    public const string BadNumber = "ST007";
    public const string BadUrl = "ST008";
    public const string BadPurl = "ST009";
    public const string BadSlug = "ST010";
    public const string EmptyValue = "ST011";

    // RG: rules across fields and files.
    public const string FileName = "RG001";
    public const string HiatusNeedsUntil = "RG002";
    public const string DeprecatedNeedsSuccessor = "RG003";
    public const string HistoryOrder = "RG004";
    public const string StateDisagrees = "RG005";
    public const string DuplicateMaintainer = "RG006";
    public const string UnknownSteward = "RG007";
    public const string UnknownSponsor = "RG008";
    public const string DuplicatePurl = "RG009";
    public const string DuplicateRepository = "RG010";
    public const string UntilBeforeSince = "RG011";
    public const string StatusEventWithoutState = "RG012";
    public const string UnknownSuccessor = "RG013";
    public const string Vouching = "RG014";
    public const string DuplicateSteward = "RG015";
    public const string StatusBeforeLastEvent = "RG016";

    // WN: warnings; the run still succeeds.
    public const string Stale = "WN001";
    public const string Privacy = "WN002";
    public const string ArchivedUpstream = "WN003";
    public const string HiatusOverdue = "WN004";

    /// <summary>Every code with a one-line meaning, for the README and <c>steady validate --codes</c>.</summary>
    public static readonly IReadOnlyList<(string Code, string Meaning)> All =
    [
        (Syntax, "The file is not well-formed YAML."),
        (Tab, "A tab is used for indentation; YAML needs spaces."),
        (Alias, "Anchors and aliases (&name, *name) are not allowed."),
        (MergeKey, "Merge keys (<<) are not allowed."),
        (TooDeep, "Values are nested deeper than the limit."),
        (TooLarge, "The file is larger than the limit (1 MiB)."),
        (InvalidUtf8, "The file is not valid UTF-8."),
        (ControlCharacter, "The file contains a control character (NUL and the like)."),
        (MultipleDocuments, "The file holds more than one YAML document."),
        (Empty, "The file is empty."),
        (DuplicateKey, "The same key appears twice in one mapping."),
        (Tag, "YAML tags (!!str, !custom) are not allowed."),
        (UnknownKey, "A key that the format does not know (often a typo)."),
        (WrongType, "A value of the wrong kind (a list where text was expected, and the like)."),
        (MissingKey, "A required key is missing."),
        (BadDate, "A date that is not a real YYYY-MM-DD date."),
        (FutureDate, "A date after the as-of date."),
        (BadEnum, "A value outside its vocabulary (states, roles, kinds)."),
        (BadNumber, "A number that cannot be read or is out of range."),
        (BadUrl, "A URL that is not absolute http(s) (or mailto where allowed)."),
        (BadPurl, "A package URL that does not parse."),
        (BadSlug, "A slug or GitHub login that does not match its pattern."),
        (EmptyValue, "A required text is empty."),
        (FileName, "The file name is not a valid slug with the .yml extension."),
        (HiatusNeedsUntil, "State hiatus needs status.until."),
        (DeprecatedNeedsSuccessor, "State deprecated needs status.successor."),
        (HistoryOrder, "History events are not oldest first."),
        (StateDisagrees, "status.state differs from the last status event in history."),
        (DuplicateMaintainer, "The same person is listed twice."),
        (UnknownSteward, "An interim steward or voucher who is not in stewards.yml."),
        (UnknownSponsor, "A funding source whose sponsor has no file in sponsors/."),
        (DuplicatePurl, "Two projects claim the same package URL."),
        (DuplicateRepository, "Two projects claim the same repository."),
        (UntilBeforeSince, "status.until is before status.since."),
        (StatusEventWithoutState, "A status event in history has no state."),
        (UnknownSuccessor, "status.successor names a slug that is not in the registry."),
        (Vouching, "A steward is not vouched for by two earlier stewards."),
        (DuplicateSteward, "The same steward is listed twice."),
        (StatusBeforeLastEvent, "status.since differs from the date of the last status event."),
        (Stale, "Warning: the entry was not reviewed for 12 months."),
        (Privacy, "Warning: the text seems to mention personal circumstances."),
        (ArchivedUpstream, "Warning: the repository is archived on GitHub but the registry says active."),
        (HiatusOverdue, "Warning: a hiatus is past its expected return date."),
    ];
}
