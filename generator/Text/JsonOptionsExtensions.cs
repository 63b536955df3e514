using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Steady.Text;

public static class JsonOptionsExtensions
{
    /// <summary>The serialization code the settings' resolver has for <typeparamref name="T"/>, typed.</summary>
    /// <exception cref="NotSupportedException">The resolver has none for <typeparamref name="T"/>.</exception>
    public static JsonTypeInfo<T> TypeInfo<T>(this JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
}
