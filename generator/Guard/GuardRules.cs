namespace Steady.Guard;

/// <summary>
/// The rules <c>steady guard</c> enforces, exactly as implemented. The policy page quotes this table; a test keeps
/// every rule id used in reports listed here.
/// </summary>
public static class GuardRules
{
    /// <summary>Days a GitHub account must have existed before its author may satisfy a rule alone.</summary>
    public const int YoungAccountDays = 90;

    public static readonly GuardRule SignOffs = new("sign-offs", "Who signs off",
        "A pull request is signed off by its author, for the roles the author holds at the base, and by every reviewer whose " +
        "latest verdict approves the head commit. Roles (maintainer of a project, steward) are read from the base, never from " +
        "the pull request's own changes. An approval by the author never counts. From GitHub, each reviewer's latest verdict " +
        "(approved, changes requested or dismissed; plain comments do not change it) counts only when it was given on the head " +
        "commit; an approval of an earlier commit is stale and ignored. \"Two stewards\" means two different people, the author " +
        "counting as one when the author is a steward.");

    public static readonly GuardRule Logins = new("logins", "GitHub logins",
        "Logins are compared without regard to case. A login that holds anything outside GitHub's alphabet (ASCII letters, digits " +
        "and single hyphens) is refused outright, whether it is the author, an approver, or a login written into a changed entry " +
        "or into stewards.yml: this catches look-alike Unicode letters and invisible characters. A new login that looks like an " +
        "existing maintainer or steward (0/o, 1/l/i, rn/m, vv/w) is flagged.");

    public static readonly GuardRule YoungAccount = new("young-account", "New accounts",
        $"An author whose GitHub account is younger than {YoungAccountDays} days, or whose account age could not be checked, is " +
        "flagged and cannot satisfy a rule alone: wherever the author's own role would be enough, another person holding a " +
        "qualifying role must approve.");

    public static readonly GuardRule Protected = new("protected-fields", "State, people, interim stewards, caution, identity",
        "Editing an existing project's state (status.state, since, until, successor), its maintainers (removing one or changing " +
        "a role), its interim stewards, its declared caution, its identity (repository, homepage, packages), or appending a " +
        "status, maintainer or steward event or an event with caution elevated to its history: a maintainer of that project " +
        "listed at the base signs off (as author or approving reviewer), or two stewards do.");

    public static readonly GuardRule AddMaintainer = new("add-maintainer", "Adding a maintainer",
        "Adding a maintainer to an existing project: an existing maintainer of that project (listed at the base) signs off, " +
        "or two stewards do. The new maintainer starts a 180-day probation during which downstream caution is elevated; " +
        "the report says until when.");

    public static readonly GuardRule FundingChannels = new("funding-channels", "Where money goes",
        "Adding, removing or changing a funding channel or the funding manifest of an existing project: a maintainer of that " +
        "project listed at the base and a steward sign off, two different people. When the project has no maintainer at the " +
        "base, two stewards.");

    public static readonly GuardRule StewardsOnly = new("stewards-only", "Stewards only",
        "Setting a project's state to unresponsive, setting or lifting a declared caution of high, and recording an incident " +
        "or a history event with caution high or none (an all-clear): two stewards sign off, for example the author being " +
        "a steward and one other steward approving. A maintainer cannot do it alone.");

    public static readonly GuardRule HistoryAppendOnly = new("history-append-only", "History is append-only",
        "Editing or deleting a past history event is refused, unless the same pull request records the correction as a new " +
        "`note` event in that history; then two stewards must sign off. New events may be added; one inserted before existing " +
        "events (backdated) is flagged.");

    public static readonly GuardRule StewardsFile = new("stewards-file", "stewards.yml",
        "Any change to stewards.yml: two stewards listed at the base sign off. Each new steward must name in vouched_by at " +
        "least two stewards listed at the base (not themself), or the change is refused; and at least two of those named " +
        "vouchers must sign off the pull request themselves.");

    public static readonly GuardRule NewProject = new("new-project", "New projects",
        "Anyone may propose a new project; a steward signs off (the author counts when a steward). What the new entry " +
        "declares that is for stewards only (unresponsive, caution high, incidents) also needs two stewards.");

    public static readonly GuardRule DeleteProject = new("delete-project", "Deleting a project",
        "Deleting a project file erases its history and changes its people: two stewards sign off. The usual way to retire " +
        "an entry is the state `archived`.");

    public static readonly GuardRule RenameProject = new("rename-project", "Renaming a project",
        "Renaming a project file changes its slug, URL and API id and counts as changing its people: a maintainer of the " +
        "project listed at the base signs off, or two stewards. The contents are compared as an edit of the old file.");

    public static readonly GuardRule OtherText = new("other-text", "Other text",
        "Other edits of an existing project (name, summary, ecosystems, criticality, help wanted, status reason and reviewed " +
        "date, funding goal and sources, sources, notes and funding events appended to history) and of other registry files " +
        "(sponsors, enrichment, schemas): one sign-off by a maintainer of that project, a steward or a repository admin. " +
        "The author's own role counts, so a maintainer edits their entry's text alone; a stranger needs one such approval.");

    public static readonly GuardRule CodeWithData = new("code-with-data", "Code bundled with data",
        "A pull request that changes code or trust files (generator/, themes/, .github/, registry-data/stewards.yml, .ci/, " +
        ".config/, build.cake, Directory.Build.props, Directory.Packages.props, steady.yml) together with registry entries " +
        "(registry-data/projects/, registry-data/sponsors/) is flagged: a repository admin signs off, on top of every other rule.");

    public static readonly GuardRule AdminFallback = new("admin-fallback", "Too few stewards",
        "While the base lists fewer than two stewards, every \"two stewards\" requirement becomes \"a repository admin\"; while " +
        "it lists none, every \"a steward\" requirement does too. The report says when this fallback applied. Repository admins " +
        "are the logins given with --admins.");

    public static readonly GuardRule Unreadable = new("unreadable", "Files the guard cannot read",
        "A changed registry file that cannot be read at the head (not YAML, not an entry, a symbolic link or submodule, too " +
        "large, or a project file whose name is not a slug) is refused: fix what `steady validate` reports first.");

    public static readonly GuardRule Decision = new("decision", "The decision",
        "Allowed when every rule that applies is satisfied (exit 0). Needs approval when some rule is not yet satisfied and " +
        "the right approvals would satisfy it (exit 1). Refused when the change itself must be corrected, whatever the " +
        "approvals (exit 1). A pull request that changes no registry file and no code bundled with one is allowed.");

    /// <summary>Every rule, in the order the policy page lists them.</summary>
    public static readonly IReadOnlyList<GuardRule> Descriptions =
    [
        SignOffs, Logins, YoungAccount, Protected, AddMaintainer, FundingChannels, StewardsOnly, HistoryAppendOnly,
        StewardsFile, NewProject, DeleteProject, RenameProject, OtherText, CodeWithData, AdminFallback, Unreadable, Decision,
    ];
}
