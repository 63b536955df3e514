using System.Globalization;
using Steady.Derive;
using Steady.Guard.Git;
using Steady.Model;

namespace Steady.Guard;

/// <summary>
/// Decides whether a pull request may merge: classifies every changed path and field between the base and the head,
/// applies <see cref="GuardRules"/> with the roles read at the base, and checks them against who signed off.
/// </summary>
public sealed class GuardEngine
{
    private readonly GuardRequest _request;
    private readonly RegistryRevision _rolesAt;
    private readonly RegistryRevision _base;
    private readonly RegistryRevision _head;
    private readonly CheckCollector _checks = new();
    private readonly List<GuardFlag> _flags = [];
    private readonly List<SubjectChanges> _changes = [];
    private readonly RoleBook _roles;
    private readonly IReadOnlySet<string> _knownPeople;
    private readonly SortedDictionary<string, IReadOnlySet<string>> _maintainersAtBase = new(StringComparer.Ordinal);

    private GuardEngine(GuardRequest request, RegistryRevision rolesRevision, RegistryRevision beforeRevision, RegistryRevision headRevision,
        IReadOnlyList<Steward> stewards)
    {
        _request = request;
        _rolesAt = rolesRevision;
        _base = beforeRevision;
        _head = headRevision;
        _roles = new RoleBook(stewards.Select(s => s.Github).Where(Logins.IsValid), request.Admins);
        _knownPeople = Logins.Set(_roles.Stewards);
    }

    /// <summary>Judges the change between two revisions of the registry; roles are read at the same base.</summary>
    public static GuardReport Evaluate(GuardRequest request, RegistryRevision baseRevision, RegistryRevision headRevision, IReadOnlyList<PathChange> paths) =>
        Evaluate(request, baseRevision, baseRevision, headRevision, paths);

    /// <summary>
    /// Judges the change from <paramref name="beforeRevision"/> (where the pull request forked, or the merge's first parent)
    /// to <paramref name="headRevision"/>, with roles read at <paramref name="baseRevision"/>, the base the change merges into.
    /// </summary>
    public static GuardReport Evaluate(GuardRequest request, RegistryRevision baseRevision, RegistryRevision beforeRevision,
        RegistryRevision headRevision, IReadOnlyList<PathChange> paths)
    {
        var stewardsAtBase = baseRevision.Stewards();
        var engine = new GuardEngine(request, baseRevision, beforeRevision, headRevision, stewardsAtBase.Value?.Stewards ?? []);
        if (stewardsAtBase is { Exists: true, Value: null })
        {
            engine._flags.Add(new GuardFlag(FlagLevel.Warning, GuardRules.AdminFallback.Id,
                $"stewards.yml could not be read at the base ({stewardsAtBase.Unreadable}): no steward can sign off",
                RegistryPaths.StewardsFile));
        }

        return engine.Run(paths);
    }

    private GuardReport Run(IReadOnlyList<PathChange> paths)
    {
        _flags.AddRange(_request.Flags ?? []);
        var author = JudgeAuthor();
        var reviews = ReviewFilter.Apply(_request.Reviews, _request.Author, _request.ReviewCommit);
        foreach (var login in reviews.RefusedLogins)
        {
            _checks.Refuse(GuardRules.Logins, "approvals", null, 0,
                $"approval by {SafeMarkdown.Code(login)} is refused: {Logins.Explain(login)}", "approvals");
        }

        var ordered = paths.OrderBy(p => p.Path, StringComparer.Ordinal).ToArray();
        ClassifyPaths(ordered);
        if (_roles.FallbackUsed)
        {
            _flags.Add(new GuardFlag(FlagLevel.Warning, GuardRules.AdminFallback.Id,
                $"the registry lists {_roles.Stewards.Count} steward(s) at the base, fewer than two: \"two stewards\" rules fall back to a repository admin {_roles.Holders(_roles.Admins)}"));
        }

        var signOffs = new SignOffs(author.Valid ? author.Login : null, author.MayStandAlone, reviews.Approvers);
        var checks = _checks.Evaluate(signOffs);
        if (checks.Count == 0)
        {
            _flags.Add(new GuardFlag(FlagLevel.Notice, GuardRules.Decision.Id, "no registry entry changed: no rule applies"));
        }

        var decision = checks.Any(c => c.Outcome == CheckOutcome.Refused) ? GuardDecision.Refused
            : checks.Any(c => c.Outcome == CheckOutcome.NeedsApproval) ? GuardDecision.NeedsApproval
            : GuardDecision.Allowed;
        return new GuardReport(decision, _rolesAt.Commit, _base.Commit, _head.Commit, _request.PullRequest, author with { Roles = RolesOf(author) },
            reviews.Approvers, reviews.Ignored, _roles.Stewards.Count, _roles.FallbackUsed, _changes, checks, _flags);
    }

    private AuthorInfo JudgeAuthor()
    {
        var login = _request.Author;
        var valid = Logins.IsValid(login);
        if (!valid)
        {
            _checks.Refuse(GuardRules.Logins, "author", null, 0,
                $"author login {SafeMarkdown.Code(login)} is refused: {Logins.Explain(login)}", "author");
        }
        else if (_roles.Stewards.FirstOrDefault(s => !Logins.Same(s, login) && Logins.Skeleton(s) == Logins.Skeleton(login)) is { } twin)
        {
            _flags.Add(new GuardFlag(FlagLevel.Warning, GuardRules.Logins.Id, $"author {SafeMarkdown.Code(login)} looks like steward {SafeMarkdown.Code(twin)}"));
        }

        int? age = _request.AuthorCreated is { } created ? _request.AsOf.DayNumber - created.DayNumber : null;
        var mayStandAlone = age is >= GuardRules.YoungAccountDays;
        if (age is null)
        {
            _flags.Add(new GuardFlag(FlagLevel.Warning, GuardRules.YoungAccount.Id,
                "the age of the author's account could not be checked (no --author-created, no GitHub data): treated as a new account, it cannot satisfy a rule alone"));
        }
        else if (!mayStandAlone)
        {
            _flags.Add(new GuardFlag(FlagLevel.Warning, GuardRules.YoungAccount.Id,
                string.Create(CultureInfo.InvariantCulture,
                    $"the author's account is {age} day(s) old (created {_request.AuthorCreated:yyyy-MM-dd}), younger than {GuardRules.YoungAccountDays} days: it cannot satisfy a rule alone")));
        }

        return new AuthorInfo(login, valid, _request.AuthorCreated, age, mayStandAlone, []);
    }

    private void ClassifyPaths(IReadOnlyList<PathChange> paths)
    {
        var code = new List<string>();
        var entries = new List<string>();
        var others = new List<FieldChange>();
        foreach (var change in paths)
        {
            var touched = change.OldPath is null ? [change.Path] : new[] { change.OldPath, change.Path };
            code.AddRange(touched.Where(RegistryPaths.IsCode));
            entries.AddRange(touched.Where(RegistryPaths.IsEntry));

            if (touched.Contains(RegistryPaths.StewardsFile))
            {
                StewardsFile();
            }

            if (touched.Any(RegistryPaths.IsUnderProjects))
            {
                ProjectPath(change);
            }

            foreach (var path in touched.Where(p => RegistryPaths.IsRegistry(p) && p != RegistryPaths.StewardsFile && !RegistryPaths.IsUnderProjects(p)))
            {
                RegistryFile(path, change);
            }

            if (!touched.Any(RegistryPaths.IsRegistry))
            {
                others.Add(new FieldChange(RegistryPaths.IsCode(change.Path) ? ChangeArea.Code : ChangeArea.Other, change.Path,
                    $"{Verb(change)} {SafeMarkdown.Code(change.Path)}", 0));
            }
        }

        if (others.Count > 0)
        {
            _changes.Add(new SubjectChanges("other files", "", others));
        }

        if (code.Count > 0 && entries.Count > 0)
        {
            var paths2 = code.Distinct(StringComparer.Ordinal).ToArray();
            foreach (var path in paths2)
            {
                _checks.Require(GuardRules.CodeWithData, "pull request", null, 0, new Requirement([_roles.OneAdmin()]), path);
            }

            _flags.Add(new GuardFlag(FlagLevel.Warning, GuardRules.CodeWithData.Id,
                $"code or trust files ({string.Join(", ", paths2.Select(SafeMarkdown.Code))}) change together with registry entries: a repository admin must sign off"));
        }
    }

    private void ProjectPath(PathChange change)
    {
        var oldSlug = change.OldPath is { } old ? RegistryPaths.ProjectSlug(old) : null;
        var newSlug = RegistryPaths.ProjectSlug(change.Path);
        var inProjects = RegistryPaths.IsUnderProjects(change.Path);
        switch (change.Kind)
        {
            case PathChangeKind.Renamed when oldSlug is not null && newSlug is not null:
                ModifiedProject(change.OldPath!, change.Path, renamed: true);
                break;
            case PathChangeKind.Renamed:
                if (change.OldPath is { } from && RegistryPaths.IsUnderProjects(from))
                {
                    Removed(from);
                }

                if (inProjects)
                {
                    Added(change.Path);
                }

                break;
            case PathChangeKind.Added or PathChangeKind.Copied:
                Added(change.Path);
                break;
            case PathChangeKind.Deleted:
                Removed(change.Path);
                break;
            default:
                if (newSlug is null)
                {
                    OddProjectFile(change.Path, Verb(change));
                }
                else
                {
                    ModifiedProject(change.Path, change.Path, renamed: false);
                }

                break;
        }

        void Added(string path)
        {
            if (RegistryPaths.ProjectSlug(path) is null)
            {
                OddProjectFile(path, "added");
            }
            else
            {
                NewProject(path);
            }
        }

        void Removed(string path)
        {
            if (RegistryPaths.ProjectSlug(path) is null)
            {
                OddProjectFile(path, "deleted");
            }
            else
            {
                DeletedProject(path);
            }
        }
    }

    private void OddProjectFile(string path, string verb)
    {
        var what = new FieldChange(ChangeArea.RegistryFile, path, $"{verb} {SafeMarkdown.Code(path)}", 0);
        _changes.Add(new SubjectChanges(path, path, [what]));
        if (RegistryPaths.IsIgnoredInProjects(path) || verb == "deleted")
        {
            _checks.Require(GuardRules.OtherText, path, path, 0, new Requirement([_roles.Trusted(null, Logins.Set([]))]), path);
        }
        else
        {
            _checks.Refuse(GuardRules.Unreadable, path, path, 1,
                "a file in registry-data/projects/ must be named `<slug>.yml` (lowercase letters, digits and hyphens)", path);
        }
    }

    private void NewProject(string path)
    {
        var slug = RegistryPaths.ProjectSlug(path)!;
        var head = _head.Project(path);
        if (!Readable(slug, head))
        {
            return;
        }

        var entry = head.Value!;
        var fields = ProjectDiffer.Describe(entry);
        _changes.Add(new SubjectChanges(slug, path, fields));
        _checks.Require(GuardRules.NewProject, slug, path, 1, new Requirement([_roles.OneSteward()]), "new entry");
        foreach (var field in fields.Where(f => f.Has(ChangeTags.StewardsOnly)))
        {
            _checks.Require(GuardRules.StewardsOnly, slug, path, field.Line, new Requirement([_roles.TwoStewards()]), field.Field);
        }

        foreach (var (field, login) in ProjectDiffer.LoginsOf(entry))
        {
            CheckLogin(slug, path, entry.Source.Find(field).Line, field, login, Logins.Set([]));
        }
    }

    private void DeletedProject(string path)
    {
        var slug = RegistryPaths.ProjectSlug(path)!;
        var before = _base.Project(path).Value;
        var people = before is null || before.Maintainers.Count == 0
            ? ""
            : $" (maintainers {string.Join(", ", before.Maintainers.Select(m => SafeMarkdown.Code(m.Github)))})";
        _changes.Add(new SubjectChanges(slug, path, [new FieldChange(ChangeArea.Entry, "", $"project {SafeMarkdown.Code(slug)} deleted{people}", 0)]));
        _checks.Require(GuardRules.DeleteProject, slug, path, 0, new Requirement([_roles.TwoStewards()]), "entry deleted");
    }

    private void ModifiedProject(string basePath, string headPath, bool renamed)
    {
        var slug = RegistryPaths.ProjectSlug(headPath)!;
        var baseFile = _base.Project(basePath);
        var headFile = _head.Project(headPath);
        if (!Readable(slug, headFile))
        {
            return;
        }

        var after = headFile.Value!;
        var before = baseFile.Value;

        // Roles come from the base the change merges into; the values compared come from where it forked.
        var rolesFile = ReferenceEquals(_rolesAt, _base) ? baseFile : _rolesAt.Project(basePath);
        var maintainers = Logins.Set((rolesFile.Value ?? before)?.Maintainers.Select(m => m.Github).Where(Logins.IsValid) ?? []);
        _maintainersAtBase[RegistryPaths.ProjectSlug(basePath)!] = maintainers;
        var protectedRule = new Requirement(maintainers.Count > 0
            ? [_roles.Maintainer(RegistryPaths.ProjectSlug(basePath)!, maintainers), _roles.TwoStewards()]
            : [_roles.TwoStewards()]);
        var fields = new List<FieldChange>();

        if (renamed)
        {
            var oldSlug = RegistryPaths.ProjectSlug(basePath)!;
            fields.Add(new FieldChange(ChangeArea.Entry, "", $"renamed from {SafeMarkdown.Code(oldSlug)} to {SafeMarkdown.Code(slug)} (its URL and API id change)", 1));
            _checks.Require(GuardRules.RenameProject, slug, headPath, 1, protectedRule, $"renamed from {oldSlug}");
        }

        if (before is null)
        {
            _flags.Add(new GuardFlag(FlagLevel.Warning, GuardRules.Unreadable.Id,
                $"{SafeMarkdown.Code(basePath)} could not be read at the base, so its maintainers are unknown: two stewards must sign off", basePath));
            fields.AddRange(ProjectDiffer.Describe(after).Skip(1));
            fields.Add(new FieldChange(ChangeArea.Entry, "", "the whole entry (the base version could not be read)", 1));
            _checks.Require(GuardRules.Protected, slug, headPath, 1, protectedRule, "entry");
        }
        else
        {
            fields.AddRange(ProjectDiffer.Compare(before, after));
        }

        if (fields.Count == 0)
        {
            fields.Add(new FieldChange(ChangeArea.Entry, "", "layout or comments only: no value changed", 1));
        }

        _changes.Add(new SubjectChanges(slug, headPath, fields));
        var known = Logins.Set(maintainers.Concat(_knownPeople));
        foreach (var field in fields.Where(f => f.Area != ChangeArea.Entry))
        {
            Apply(slug, headPath, field, maintainers, protectedRule);
            if (field.Login is { } login && !field.Has(ChangeTags.RemovesMaintainer))
            {
                CheckLogin(slug, headPath, field.Line, field.Field, login, known);
            }
        }

        var rewrites = fields.Where(f => f.Has(ChangeTags.RewritesHistory)).ToArray();
        if (rewrites.Length > 0)
        {
            if (fields.Any(f => f.Has(ChangeTags.CorrectionNote)))
            {
                foreach (var f in rewrites)
                {
                    _checks.Require(GuardRules.HistoryAppendOnly, slug, headPath, f.Line, new Requirement([_roles.TwoStewards()]), f.Field);
                }
            }
            else
            {
                foreach (var f in rewrites)
                {
                    _checks.Refuse(GuardRules.HistoryAppendOnly, slug, headPath, f.Line,
                        "past history events were edited or deleted without a correction: history is append-only; restore the events, " +
                        "or record the correction as a new `note` event and ask two stewards to approve", f.Field);
                }
            }
        }
    }

    private void Apply(string slug, string file, FieldChange field, IReadOnlySet<string> maintainers, Requirement protectedRule)
    {
        if (field.Has(ChangeTags.RewritesHistory))
        {
            return;
        }

        if (field.Has(ChangeTags.StewardsOnly))
        {
            _checks.Require(GuardRules.StewardsOnly, slug, file, field.Line, new Requirement([_roles.TwoStewards()]), field.Field);
        }
        else if (field.Has(ChangeTags.AddsMaintainer))
        {
            _checks.Require(GuardRules.AddMaintainer, slug, file, field.Line, protectedRule, field.Field);
            var since = SinceOf(field) ?? _request.AsOf;
            _flags.Add(new GuardFlag(FlagLevel.Notice, GuardRules.AddMaintainer.Id,
                string.Create(CultureInfo.InvariantCulture,
                    $"{SafeMarkdown.Code(field.Login ?? "")} joins {SafeMarkdown.Code(slug)} on a {SignalDeriver.ProbationDays}-day probation: downstream caution is elevated until {since.AddDays(SignalDeriver.ProbationDays):yyyy-MM-dd}"),
                file, field.Line));
        }
        else
        {
            switch (field.Area)
            {
                case ChangeArea.State or ChangeArea.People or ChangeArea.Stewards or ChangeArea.Caution or ChangeArea.Identity:
                    _checks.Require(GuardRules.Protected, slug, file, field.Line, protectedRule, field.Field);
                    break;
                case ChangeArea.FundingChannels:
                    _checks.Require(GuardRules.FundingChannels, slug, file, field.Line, new Requirement([maintainers.Count > 0
                        ? _roles.MaintainerAndSteward(slug, maintainers)
                        : _roles.TwoStewards()]), field.Field);
                    break;
                default:
                    _checks.Require(GuardRules.OtherText, slug, file, field.Line, new Requirement([_roles.Trusted(slug, maintainers)]), field.Field);
                    break;
            }
        }

        if (field.Has(ChangeTags.RemovesMaintainer) && field.Login is { } removed && !Logins.Same(removed, _request.Author))
        {
            _flags.Add(new GuardFlag(FlagLevel.Warning, GuardRules.Protected.Id,
                $"maintainer {SafeMarkdown.Code(removed)} is removed from {SafeMarkdown.Code(slug)} by someone else: make sure they agree", file, field.Line));
        }

        if (field.Has(ChangeTags.Backdated))
        {
            _flags.Add(new GuardFlag(FlagLevel.Notice, GuardRules.HistoryAppendOnly.Id,
                $"a new history event of {SafeMarkdown.Code(slug)} is placed before existing ones (backdated): check its source", file, field.Line));
        }

        DateOnly? SinceOf(FieldChange f) => _head.Project(file).Value?.Maintainers
            .FirstOrDefault(m => f.Login is not null && Logins.Same(m.Github, f.Login))?.Since;
    }

    private void CheckLogin(string subject, string file, int line, string field, string login, IReadOnlySet<string> known)
    {
        if (!Logins.IsValid(login))
        {
            _checks.Refuse(GuardRules.Logins, subject, file, line, $"login {SafeMarkdown.Code(login)} in `{field}` is refused: {Logins.Explain(login)}", field);
            return;
        }

        var skeleton = Logins.Skeleton(login);
        if (known.FirstOrDefault(k => !Logins.Same(k, login) && Logins.Skeleton(k) == skeleton) is { } twin)
        {
            _flags.Add(new GuardFlag(FlagLevel.Warning, GuardRules.Logins.Id,
                $"login {SafeMarkdown.Code(login)} in `{field}` looks like {SafeMarkdown.Code(twin)}: check it is not an impostor", file, line));
        }
    }

    private bool Readable<T>(string subject, LoadedFile<T> file)
        where T : class
    {
        if (file.Value is not null)
        {
            if (file.Problems.Count > 0)
            {
                var first = file.Problems[0];
                _flags.Add(new GuardFlag(FlagLevel.Warning, GuardRules.Unreadable.Id,
                    $"{SafeMarkdown.Code(file.Path)} has {file.Problems.Count} validation error(s), first: {SafeMarkdown.Code($"{first.At.Line}:{first.At.Column} {first.Code} {first.Message}")}; `steady validate` must pass too",
                    file.Path, first.At.Line));
            }

            return true;
        }

        var detail = file.Problems.Count > 0 ? $"; first problem: {SafeMarkdown.Code($"{file.Problems[0].At.Line}:{file.Problems[0].At.Column} {file.Problems[0].Message}")}" : "";
        _changes.Add(new SubjectChanges(subject, file.Path, [new FieldChange(ChangeArea.Entry, "", $"{SafeMarkdown.Code(file.Path)} cannot be read", 1)]));
        _checks.Refuse(GuardRules.Unreadable, subject, file.Path, 1, $"{SafeMarkdown.Code(file.Path)} cannot be read at the head: {file.Unreadable}{detail}", file.Path);
        return false;
    }

    private void StewardsFile()
    {
        if (_changes.Any(c => c.File == RegistryPaths.StewardsFile))
        {
            return;
        }

        const string subject = "stewards.yml";
        const string path = RegistryPaths.StewardsFile;
        var before = _base.Stewards().Value?.Stewards ?? [];
        var headFile = _head.Stewards();
        var twoStewards = new Requirement([_roles.TwoStewards()]);
        if (!headFile.Exists)
        {
            _changes.Add(new SubjectChanges(subject, path, [new FieldChange(ChangeArea.StewardsFile, "", "stewards.yml deleted", 0)]));
            _checks.Require(GuardRules.StewardsFile, subject, path, 0, twoStewards, "stewards.yml deleted");
            return;
        }

        if (!Readable(subject, headFile))
        {
            return;
        }

        var after = headFile.Value!.Stewards;
        var fields = new List<FieldChange>();
        var source = headFile.Value.Source;
        var beforeBy = before.GroupBy(s => s.Github, Logins.Comparer).ToDictionary(g => g.Key, g => g.First(), Logins.Comparer);
        for (var i = 0; i < after.Count; i++)
        {
            var steward = after[i];
            var line = source.Find($"stewards[{i}]").Line;
            if (!beforeBy.TryGetValue(steward.Github, out var old))
            {
                var vouchers = steward.VouchedBy.Count == 0 ? "nobody" : string.Join(", ", steward.VouchedBy.Select(SafeMarkdown.Code));
                fields.Add(new FieldChange(ChangeArea.StewardsFile, $"stewards[{i}]", $"added steward {SafeMarkdown.Code(steward.Github)}, vouched for by {vouchers}", line, ChangeTags.None, steward.Github));
                NewSteward(steward, line, subject, path);
            }
            else if (!Canonical.Same(old, steward))
            {
                fields.Add(new FieldChange(ChangeArea.StewardsFile, $"stewards[{i}]", $"changed steward {SafeMarkdown.Code(steward.Github)}", line, ChangeTags.None, steward.Github));
            }
        }

        var afterLogins = Logins.Set(after.Select(s => s.Github));
        foreach (var gone in before.Where(s => !afterLogins.Contains(s.Github)))
        {
            fields.Add(new FieldChange(ChangeArea.StewardsFile, "stewards", $"removed steward {SafeMarkdown.Code(gone.Github)}", source.Find("stewards").Line));
        }

        if (fields.Count == 0)
        {
            fields.Add(new FieldChange(ChangeArea.StewardsFile, "", "layout or comments only", 1));
        }

        _changes.Add(new SubjectChanges(subject, path, fields));
        foreach (var field in fields)
        {
            _checks.Require(GuardRules.StewardsFile, subject, path, field.Line, twoStewards, field.Field.Length == 0 ? "stewards.yml" : field.Field);
            if (field.Login is { } login)
            {
                CheckLogin(subject, path, field.Line, field.Field, login, _knownPeople);
            }
        }
    }

    private void NewSteward(Steward steward, int line, string subject, string path)
    {
        foreach (var voucher in steward.VouchedBy.Where(v => !Logins.IsValid(v)))
        {
            _checks.Refuse(GuardRules.Logins, subject, path, line, $"login {SafeMarkdown.Code(voucher)} in `vouched_by` is refused: {Logins.Explain(voucher)}", "vouched_by");
        }

        if (_roles.Stewards.Count < 2)
        {
            return;
        }

        var vouchers = Logins.Set(steward.VouchedBy.Where(v => _roles.Stewards.Contains(v) && !Logins.Same(v, steward.Github)));
        if (vouchers.Count < 2)
        {
            _checks.Refuse(GuardRules.StewardsFile, subject, path, line,
                $"new steward {SafeMarkdown.Code(steward.Github)} is vouched for by {vouchers.Count} existing steward(s); two are needed", $"vouched_by of {steward.Github}");
            return;
        }

        _checks.Require(GuardRules.StewardsFile, $"{subject}: {steward.Github}", path, line, new Requirement([_roles.Vouchers(steward.Github, vouchers)]), $"vouched_by of {steward.Github}");
    }

    private void RegistryFile(string path, PathChange change)
    {
        var verb = path == change.OldPath && change.Kind == PathChangeKind.Renamed ? "moved away" : Verb(change);
        _changes.Add(new SubjectChanges(path, path, [new FieldChange(ChangeArea.RegistryFile, path, $"{verb} {SafeMarkdown.Code(path)}", 0)]));
        _checks.Require(GuardRules.OtherText, path, path, 0, new Requirement([_roles.Trusted(null, Logins.Set([]))]), path);
    }

    private IReadOnlyList<string> RolesOf(AuthorInfo author)
    {
        if (!author.Valid)
        {
            return [];
        }

        var roles = _maintainersAtBase.Where(m => m.Value.Contains(author.Login)).Select(m => $"maintainer of {SafeMarkdown.Code(m.Key)}").ToList();
        if (_roles.Stewards.Contains(author.Login))
        {
            roles.Add("steward");
        }

        if (_roles.Admins.Contains(author.Login))
        {
            roles.Add("repository admin");
        }

        return roles;
    }

    private static string Verb(PathChange change) => change.Kind switch
    {
        PathChangeKind.Added => "added",
        PathChangeKind.Deleted => "deleted",
        PathChangeKind.Renamed => $"renamed from {SafeMarkdown.Code(change.OldPath ?? "")} to",
        PathChangeKind.Copied => $"copied from {SafeMarkdown.Code(change.OldPath ?? "")} to",
        PathChangeKind.TypeChanged => "changed type of",
        _ => "modified",
    };
}
