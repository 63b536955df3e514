using System.Globalization;
using Steady.Diagnostics;
using Steady.Model;
using Steady.Text;

namespace Steady.Load;

/// <summary>
/// Turns a safely read YAML tree into model records, strictly: unknown keys, wrong types, bad dates and values
/// outside a vocabulary are reported with their location and a fix; every value's location is kept.
/// </summary>
public sealed class ModelBinder
{
    private readonly string _path;
    private readonly DiagnosticBag _bag;
    private readonly DateOnly _asOf;
    // The path and position of each bound value, in the order bound. Sized for a full project entry (about 230 values),
    // so that binding one does not grow them, and handed from one binder to the next on a thread by TakeSourceMap:
    // a registry is bound one file after another on each thread, and the map keeps copies.
    private readonly List<string> _paths;
    private readonly List<LineColumn> _positions;
    private bool _taken;

    [ThreadStatic]
    private static List<string>? t_paths;

    [ThreadStatic]
    private static List<LineColumn>? t_positions;

    public ModelBinder(string displayPath, DiagnosticBag bag, DateOnly asOf)
    {
        _path = displayPath;
        _bag = bag;
        _asOf = asOf;
        _paths = t_paths ?? new List<string>(256);
        _positions = t_positions ?? new List<LineColumn>(256);
        t_paths = null;
        t_positions = null;
    }

    /// <summary>True when a value could not be read, so rules that need the whole entry should not run.</summary>
    public bool Damaged { get; private set; }

    /// <summary>
    /// Where every bound value was written. Ends the binder: its lists go to the next binder made on this thread, so it
    /// binds nothing more.
    /// </summary>
    public SourceMap TakeSourceMap()
    {
        ObjectDisposedException.ThrowIf(_taken, this);
        _taken = true;
        var map = new SourceMap(_path, ValuePaths.Shared(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_paths)), _positions.ToArray());
        _paths.Clear();
        _positions.Clear();
        t_paths = _paths;
        t_positions = _positions;
        return map;
    }

    /// <summary>Binds the root of a document; null when the root is not a mapping or a required key is unusable.</summary>
    public T? Bind<T>(YamlValue root)
        where T : Located
    {
        ObjectDisposedException.ThrowIf(_taken, this);
        if (root is not YamlMapping)
        {
            _bag.Error(DiagnosticCodes.WrongType, root.At, $"the file must be a mapping of keys, found {Describe(root)}",
                "start the file with keys such as `name:`; see `steady new` for a template");
            Damaged = true;
            return null;
        }

        return (T?)BindValue(ModelShape.BindingOf(typeof(T)), root, "", null);
    }

    private object? BindValue(ModelShape.Binding binding, YamlValue node, string path, ModelShape.PropertyShape? property)
    {
        _paths.Add(path);
        _positions.Add(new LineColumn(node.At.Line, node.At.Column));
        return binding.Kind switch
        {
            ModelShape.ValueKind.Text => BindText(node, path, property),
            ModelShape.ValueKind.Date => BindDate(node, property),
            ModelShape.ValueKind.Number => BindNumber(node),
            ModelShape.ValueKind.Enum => BindEnum(binding.Type, node),
            ModelShape.ValueKind.List => BindList(binding.Type, node, path, property),
            _ => BindRecord(binding.Type, node, path),
        };
    }

    private object? BindRecord(Type type, YamlValue node, string path)
    {
        if (node is not YamlMapping mapping)
        {
            return Fail(node, $"expected a mapping of keys, found {Describe(node)}", "indent the keys under this one, or write `{ key: value }`");
        }

        var shape = ModelShape.Of(type);
        var instance = shape.Create();
        ModelShape.SetAt(instance, node.At);
        var complete = true;
        var given = 0UL;

        var entries = mapping.Entries;
        for (var i = 0; i < entries.Count; i++)
        {
            var (key, value) = entries[i];
            if (!shape.ByKey.TryGetValue(key.Text, out var property))
            {
                _bag.Error(DiagnosticCodes.UnknownKey, key.At, $"unknown key '{TextRules.Shorten(key.Text)}'{Where(path)}",
                    Suggest(key.Text, shape.Properties.Select(p => p.Key)));
                continue;
            }

            if (value is YamlScalar { IsNull: true })
            {
                continue;
            }

            given |= 1UL << property.Index;
            var childPath = ValuePaths.Key(path, property.Key);
            var bound = BindValue(property.Binding, value, childPath, property);
            if (bound is null)
            {
                complete &= !property.Required;
                continue;
            }

            property.Set(instance, bound);
        }

        foreach (var missing in shape.Required)
        {
            if ((given & (1UL << missing.Index)) != 0)
            {
                continue;
            }

            _bag.Error(DiagnosticCodes.MissingKey, mapping.At, $"missing required key '{missing.Key}'{Where(path)}",
                $"add `{missing.Key}:` here");
            complete = false;
        }

        if (!complete)
        {
            Damaged = true;
            return null;
        }

        return instance;
    }

    private object? BindList(Type elementType, YamlValue node, string path, ModelShape.PropertyShape? property)
    {
        if (node is not YamlSequence sequence)
        {
            return Fail(node, $"expected a list, found {Describe(node)}", "write a list: `[a, b]` or one `- item` per line");
        }

        // An item that does not bind leaves no hole: the array is shortened to the items that did.
        var items = ModelShape.NewArray(elementType, sequence.Items.Count);
        System.Collections.IList slots = items;
        var count = 0;
        var itemBinding = ModelShape.BindingOf(elementType);
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var item = BindValue(itemBinding, sequence.Items[i], ValuePaths.Item(path, i), property);
            if (item is not null)
            {
                slots[count++] = item;
            }
        }

        return ModelShape.Shorten(elementType, items, count);
    }

    private string? BindText(YamlValue node, string path, ModelShape.PropertyShape? property)
    {
        if (node is not YamlScalar scalar)
        {
            return (string?)Fail(node, $"expected text, found {Describe(node)}", "write the value on the same line as its key; quote it if it contains ': ' or '#'");
        }

        var text = scalar.Text.Trim();
        if (text.Length == 0)
        {
            _bag.Error(DiagnosticCodes.EmptyValue, node.At, "text is empty", "write a value or remove the key");
            Damaged = true;
            return null;
        }

        if (TextRules.FindForbiddenCharacter(text) is { } bad)
        {
            // Escapes in quoted scalars ("\x07", "\u202E") reach here after the file itself passed the raw check.
            _bag.Error(DiagnosticCodes.ControlCharacter, scalar.At, $"the text holds the invisible character U+{(int)bad:X4}",
                "remove the escape sequence; control characters and text-direction overrides are not allowed in the registry");
            return text;
        }

        if (property?.TextKind is { } kind && TextRules.Check(kind, text) is { } problem)
        {
            // A malformed URL or purl is reported but does not stop the other rules.
            _bag.Error(problem.Code, scalar.At, problem.Message, problem.Hint);
        }

        return text;
    }

    private object? BindDate(YamlValue node, ModelShape.PropertyShape? property)
    {
        if (node is not YamlScalar scalar)
        {
            return Fail(node, $"expected a date, found {Describe(node)}", "write the date as YYYY-MM-DD");
        }

        if (!TryParseDate(scalar.Text.AsSpan().Trim(), out var date))
        {
            _bag.Error(DiagnosticCodes.BadDate, scalar.At, $"'{TextRules.Shorten(scalar.Text)}' is not a real date",
                "write the date as YYYY-MM-DD, and check that the day exists in that month");
            Damaged = true;
            return null;
        }

        if (date > _asOf && property?.AllowFuture != true)
        {
            _bag.Error(DiagnosticCodes.FutureDate, scalar.At,
                $"{date:yyyy-MM-dd} is after today ({_asOf:yyyy-MM-dd})", "record events once they have happened; expected dates go in status.until");
            Damaged = true;
            return null;
        }

        return date;
    }

    /// <summary>A date written exactly as YYYY-MM-DD that exists in the calendar.</summary>
    internal static bool TryParseDate(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-' ||
            !TryDigits(text[..4], out var year) || !TryDigits(text.Slice(5, 2), out var month) || !TryDigits(text.Slice(8, 2), out var day) ||
            year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private object? BindNumber(YamlValue node)
    {
        if (node is not YamlScalar { Plain: true } scalar)
        {
            return Fail(node, $"expected a number, found {Describe(node)}", "write the number without quotes, e.g. `amount: 1000`");
        }

        if (!decimal.TryParse(scalar.Text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value > 1_000_000_000_000m)
        {
            _bag.Error(DiagnosticCodes.BadNumber, scalar.At, $"'{TextRules.Shorten(scalar.Text)}' is not a positive number",
                "write digits with an optional decimal point, e.g. 1500 or 12.50");
            Damaged = true;
            return null;
        }

        return value;
    }

    private object? BindEnum(Type enumType, YamlValue node)
    {
        var names = ModelShape.EnumNames(enumType);
        if (node is not YamlScalar scalar)
        {
            return Fail(node, $"expected one of {string.Join(", ", names.Select(n => n.Name))}, found {Describe(node)}",
                "write one of the listed values");
        }

        foreach (var (name, value) in names)
        {
            if (string.Equals(name, scalar.Text, StringComparison.Ordinal))
            {
                return value;
            }
        }

        _bag.Error(DiagnosticCodes.BadEnum, scalar.At,
            $"'{TextRules.Shorten(scalar.Text)}' is not one of {string.Join(", ", names.Select(n => n.Name))}",
            Suggest(scalar.Text, names.Select(n => n.Name)));
        Damaged = true;
        return null;
    }

    private object? Fail(YamlValue node, string message, string hint)
    {
        _bag.Error(DiagnosticCodes.WrongType, node.At, message, hint);
        Damaged = true;
        return null;
    }

    private static string Where(string path) => path.Length == 0 ? "" : $" in '{path}'";

    private static string Describe(YamlValue node) => node switch
    {
        YamlMapping => "a mapping",
        YamlSequence => "a list",
        YamlScalar { IsNull: true } => "nothing",
        YamlScalar s => $"'{TextRules.Shorten(s.Text)}'",
        _ => "a value",
    };

    private static string Suggest(string given, IEnumerable<string> known)
    {
        var options = known.ToArray();
        var normalised = System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(given.Replace('-', '_').Trim());
        var best = options
            .Select(o => (Option: o, Distance: Spelling.Distance(normalised, o)))
            .Where(x => x.Distance <= Math.Max(2, x.Option.Length / 3))
            .OrderBy(x => x.Distance).ThenBy(x => x.Option, StringComparer.Ordinal)
            .Select(x => x.Option)
            .FirstOrDefault();
        return best is not null
            ? $"did you mean '{best}'?"
            : $"expected one of: {string.Join(", ", options)}";
    }
}
