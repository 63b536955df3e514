using System.Collections;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;
using Steady.Config;
using Steady.Plan;
using Steady.Render;
using Steady.Render.Templating;
using Steady.Tests.Support;

namespace Steady.Tests.Site;

public sealed class CompiledObjectAccessorTests
{
    [Fact]
    public void Every_object_a_page_shows_reads_as_through_reflection()
    {
        var plan = PlanSite.Plan(FeedsFixture.Data(), [], SiteSettings.Default, new SiteUrls(FeedsFixture.BaseUrl));
        var context = new TemplateContext();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var types = new HashSet<Type>();
        var reads = 0;

        void Visit(object? value)
        {
            if (value is null or string or IScriptObject || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
            {
                return;
            }

            if (value is IEnumerable items)
            {
                foreach (var item in items)
                {
                    Visit(item);
                }

                return;
            }

            var type = value.GetType();
            var reflection = new TypedObjectAccessor(type, null, StandardMemberRenamer.Default);
            var compiled = new CompiledObjectAccessor(type, reflection, StandardMemberRenamer.Default, null);
            var names = reflection.GetMembers(context, default, value).Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(names, compiled.GetMembers(context, default, value).Order(StringComparer.Ordinal));
            types.Add(type);
            // Every property of the site's own models is read through a generated getter, not by reflection.
            if (type.Namespace?.StartsWith("Steady.", StringComparison.Ordinal) == true)
            {
                var generated = CompiledObjectAccessor.GeneratedGetters(type);
                Assert.All(
                    type.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance)
                        .Where(p => p.GetIndexParameters().Length == 0),
                    p => Assert.True(generated.ContainsKey(p.Name), $"{type.Name}.{p.Name} has no generated getter: add {type.Name} to TemplateModelContext"));
            }

            foreach (var name in names)
            {
                Assert.True(reflection.TryGetValue(context, default, value, name, out var expected));
                Assert.True(compiled.TryGetValue(context, default, value, name, out var actual));
                // A member may make a new object on each read: objects are compared by what they hold.
                Assert.Equal(System.Text.Json.JsonSerializer.Serialize(expected), System.Text.Json.JsonSerializer.Serialize(actual));
                reads++;
                Visit(actual);
            }

            Assert.False(compiled.TryGetValue(context, default, value, "no_such_member", out var missing));
            Assert.Null(missing);
        }

        Visit(plan.Site);
        foreach (var page in plan.Pages)
        {
            Visit(page.Page);
            Visit(page.Model);
        }

        Assert.True(types.Count >= 20, $"only {types.Count} types were read");
        Assert.True(reads >= 1000, $"only {reads} members were read");
    }

    [Fact]
    public void A_template_reads_class_bool_int_and_other_members()
    {
        var context = new SafeTemplateContext(TemplateSet.Compile(new ThemeFiles(Path.Combine(TestPaths.Root, "themes", "default"), null)), _ => new Html(""));
        var globals = new ScriptObject();
        globals.SetValue("x", new Sample("a<b", true, 42, new DateOnly(2026, 1, 2), new Sample("inner", false, 0, default, null)), true);
        context.PushGlobal(globals);

        var text = Template.Parse("{{ x.name }}|{{ x.on }}|{{ x.count + 1 }}|{{ x.day.year }}|{{ x.inner.name }}|{{ x.inner.on }}|{{ x.inner.inner }}").Render(context);

        Assert.Equal("a&lt;b|true|43|2026|inner|false|", text);
    }

    public sealed record Sample(string Name, bool On, int Count, DateOnly Day, Sample? Inner);
}
