using System.Collections;
using Steady.Load;
using Steady.Model;

namespace Steady.Tests.Validation;

/// <summary>
/// The loader's ways of making the model's values: a list for every list the files hold, and the reflection-based
/// setters and constructors a program compiled ahead of time (Native AOT) uses, which must do what the typed ones do.
/// </summary>
public sealed class ModelShapeTests
{
    private static readonly Type[] Roots = [typeof(Project), typeof(Sponsor), typeof(StewardsFile)];

    [Fact]
    public void Every_list_of_the_model_has_an_array_made_for_its_element_type()
    {
        var lists = 0;
        foreach (var property in Records().SelectMany(r => ModelShape.Of(r).Properties))
        {
            var binding = ModelShape.BindingOf(property.Info.PropertyType);
            if (binding.Kind != ModelShape.ValueKind.List)
            {
                continue;
            }

            var array = ModelShape.NewArray(binding.Type, 2);
            Assert.IsAssignableFrom(property.Info.PropertyType, array);
            Assert.Equal(binding.Type, array.GetType().GetElementType());
            Assert.Equal(2, array.Length);
            Assert.Empty(ModelShape.NewArray(binding.Type, 0));
            lists++;
        }

        Assert.True(lists >= 9, $"only {lists} lists found");
    }

    [Fact]
    public void A_bound_list_is_an_array_of_the_items_that_bound_without_holes()
    {
        var bag = new Steady.Diagnostics.DiagnosticBag();
        var root = SafeYamlReader.Read(
            "stewards:\n  - github: ana\n    name: Ana\n    since: 2024-01-02\n  - name: Nobody\n    since: 2024-01-02\n  - github: bo\n    name: Bo\n    since: 2024-01-03\n"u8,
            "stewards.yml", bag);
        var file = new ModelBinder("stewards.yml", bag, new DateOnly(2026, 11, 27)).Bind<StewardsFile>(root!);

        var stewards = Assert.IsType<Steward[]>(file!.Stewards);
        Assert.Equal(["ana", "bo"], stewards.Select(s => s.Github));
        Assert.Contains(bag.Items, d => d.IsError && d.At.Line == 5);
        Assert.Equal(["a"], (string[])ModelShape.Shorten(typeof(string), new[] { "a", null! }, 1));
        Assert.Empty(ModelShape.Shorten(typeof(string), new string[2], 0));
    }

    [Fact]
    public void A_list_of_a_type_the_model_does_not_have_is_refused_by_name()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ModelShape.NewArray(typeof(Uri), 1));
        Assert.Contains("System.Uri", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reflection_setters_and_constructors_do_what_the_typed_ones_do()
    {
        var checkedProperties = 0;
        foreach (var record in Records())
        {
            var byReflection = ModelShape.ReflectionConstructor(record)();
            var typed = ModelShape.TypedConstructor(record)();
            Assert.IsType(record, byReflection);
            Assert.IsType(record, typed);

            foreach (var property in ModelShape.Of(record).Properties)
            {
                var value = Sample(property.Info.PropertyType);
                ModelShape.ReflectionSetter(property.Info)(byReflection, value);
                ModelShape.TypedSetter(property.Info)(typed, value);
                Assert.Equal(value, property.Info.GetValue(byReflection));
                Assert.Equal(value, property.Info.GetValue(typed));
                checkedProperties++;
            }
        }

        Assert.True(checkedProperties > 40, $"only {checkedProperties} properties checked");
    }

    [Fact]
    public void Every_record_has_a_written_out_constructor_that_makes_what_the_reflection_one_makes()
    {
        var records = Records().ToArray();
        Assert.Equal(records.OrderBy(t => t.Name), ModelShape.Constructors.Keys.OrderBy(t => t.Name));
        foreach (var record in records)
        {
            var written = ModelShape.Constructors[record]();
            var byReflection = ModelShape.ReflectionConstructor(record)();
            Assert.IsType(record, written);
            // The initial values (empty lists, empty texts) come from the same constructor.
            Assert.Equal(byReflection, written);
            Assert.NotSame(written, ModelShape.Constructors[record]());
        }
    }

    [Fact]
    public void Every_value_type_of_the_model_has_a_compiled_setter_body_and_no_other_type_has_one()
    {
        var valueTypes = Records().SelectMany(r => ModelShape.Of(r).Properties)
            .Select(p => p.Info.PropertyType)
            .Where(t => t.IsValueType)
            .Distinct()
            .OrderBy(t => t.ToString(), StringComparer.Ordinal)
            .ToArray();
        Assert.Contains(typeof(DateOnly?), valueTypes);
        Assert.Equal(valueTypes, ModelShape.ValueSetterBodies.Keys.OrderBy(t => t.ToString(), StringComparer.Ordinal));
        Assert.All(Records().SelectMany(r => ModelShape.Of(r).Properties), p => Assert.True(ModelShape.HasCompiledSetterBody(p.Info.PropertyType), p.Info.ToString()));
        Assert.False(ModelShape.HasCompiledSetterBody(typeof(int)));
    }

    [Fact]
    public void Each_property_knows_how_its_values_are_bound()
    {
        foreach (var property in Records().SelectMany(r => ModelShape.Of(r).Properties))
        {
            Assert.Equal(ModelShape.BindingOf(property.Info.PropertyType), property.Binding);
        }

        var since = ModelShape.Of(typeof(Maintainer)).ByKey["since"];
        Assert.Equal(new ModelShape.Binding(ModelShape.ValueKind.Date, typeof(DateOnly)), since.Binding);
    }

    [Fact]
    public void The_location_is_set_on_every_record()
    {
        var at = new SourceLocation("registry-data/projects/x.yml", 3, 5);
        foreach (var record in Records())
        {
            var instance = (Located)ModelShape.ReflectionConstructor(record)();
            ModelShape.SetAt(instance, at);
            Assert.Equal(at, instance.At);
        }
    }

    /// <summary>Every record type the registry's files are read into.</summary>
    private static IEnumerable<Type> Records()
    {
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>(Roots);
        while (queue.TryDequeue(out var type))
        {
            if (!seen.Add(type))
            {
                continue;
            }

            yield return type;
            foreach (var property in ModelShape.Of(type).Properties)
            {
                var binding = ModelShape.BindingOf(property.Info.PropertyType);
                if (binding.Kind == ModelShape.ValueKind.Record || (binding.Kind == ModelShape.ValueKind.List && typeof(Located).IsAssignableFrom(binding.Type)))
                {
                    queue.Enqueue(binding.Type);
                }
            }
        }
    }

    /// <summary>A value of the property's type that is not its default.</summary>
    private static object Sample(Type type)
    {
        var binding = ModelShape.BindingOf(type);
        return binding.Kind switch
        {
            ModelShape.ValueKind.Text => "sample",
            ModelShape.ValueKind.Date => new DateOnly(2026, 1, 2),
            ModelShape.ValueKind.Number => 12.5m,
            ModelShape.ValueKind.Enum => Enum.GetValues(binding.Type).GetValue(Enum.GetValues(binding.Type).Length - 1)!,
            ModelShape.ValueKind.List => ModelShape.NewArray(binding.Type, 0),
            _ => ModelShape.ReflectionConstructor(binding.Type)(),
        };
    }
}
