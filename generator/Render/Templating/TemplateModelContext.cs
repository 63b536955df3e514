using System.Text.Json.Serialization;
using Steady.Plan.Models;

namespace Steady.Render.Templating;

/// <summary>
/// Compile-time metadata of the templates' models. System.Text.Json's source generator writes a getter for every
/// property of these types, and of the types they hold; <see cref="CompiledObjectAccessor"/> reads members through
/// those getters in a program compiled ahead of time (Native AOT), which cannot make typed getters at run time.
/// Nothing is serialized with it. A test checks that every model type is here.
/// </summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(ChangesPageModel))]
[JsonSerializable(typeof(ContentModel))]
[JsonSerializable(typeof(FundingPageModel))]
[JsonSerializable(typeof(HomeModel))]
[JsonSerializable(typeof(IndexPageModel))]
[JsonSerializable(typeof(ListPageModel))]
[JsonSerializable(typeof(NotFoundModel))]
[JsonSerializable(typeof(PageMeta))]
[JsonSerializable(typeof(ProjectPageModel))]
[JsonSerializable(typeof(ProjectsPageModel))]
[JsonSerializable(typeof(SiteModel))]
[JsonSerializable(typeof(SponsorPageModel))]
[JsonSerializable(typeof(SponsorsPageModel))]
[JsonSerializable(typeof(StewardsPageModel))]
[JsonSerializable(typeof(Html))]
internal sealed partial class TemplateModelContext : JsonSerializerContext;
