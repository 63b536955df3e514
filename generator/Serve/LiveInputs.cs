using Steady.Derive;
using Steady.Load;

namespace Steady.Serve;

/// <summary>A state of the inputs that passed validation: the derived data, the content pages, and the stamps of the theme, content and enrichment files.</summary>
internal sealed record LiveInputs(SiteData Data, IReadOnlyList<ContentPage> Content, InputStamps Stamps);
