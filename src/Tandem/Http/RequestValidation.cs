using System.Collections;
using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Tandem.Http;

/// <summary>
/// Checks what an API request carries after binding and before the handler, so that no service meets what the
/// types promise cannot happen. JSON can leave any member null whatever the record says: a member declared
/// non-nullable (or a list item) that arrived null, or a DataAnnotations rule that fails, is a 422 with an
/// error per field — never a NullReferenceException in a service. Text with a NUL character, which PostgreSQL
/// cannot store or compare, is a 400 naming the parameter or field. Binding itself (no body, not JSON, a value
/// of the wrong type) is <see cref="BadRequests"/>' part.
/// </summary>
public static class RequestValidation
{
    private const int MaxDepth = 8;
    private const string NulMessage = "Text cannot contain the NUL character (\\0).";
    private static readonly ConcurrentDictionary<Type, Member[]> Members = new();

    /// <summary>Adds the check to every endpoint under /api/ mapped through <paramref name="builder"/>.</summary>
    public static TBuilder ValidateApiRequests<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(endpoint =>
        {
            if (endpoint is RouteEndpointBuilder { RoutePattern.PathSegments: [{ Parts: [RoutePatternLiteralPart { Content: "api" }] }, ..] })
                endpoint.FilterFactories.Add(Create);
        });
        return builder;
    }

    private static EndpointFilterDelegate Create(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var services = context.ApplicationServices.GetService<IServiceProviderIsService>();
        var checkedParameters = context.MethodInfo.GetParameters().Where(p => IsRequestValue(p, services)).ToArray();
        if (checkedParameters.Length == 0) return next;
        return async invocation =>
        {
            var findings = new Findings();
            foreach (var parameter in checkedParameters)
            {
                var value = invocation.Arguments[parameter.Position];
                if (value is string text) findings.Text(parameter.Name ?? "", text);
                else Check(value, "", findings, 0);
            }
            if (findings.Unreadable.Count > 0)
                return TypedResults.ValidationProblem(findings.Unreadable, title: "The request could not be read");
            return findings.Invalid.Count == 0 ? await next(invocation) : new InvalidProblem(findings.Invalid, "Some fields are missing or not valid.");
        };
    }

    /// <summary>True when this check may answer a request to the handler 422: a record it reads has a required member or a rule.</summary>
    public static bool MayReject(MethodInfo handler, IServiceProviderIsService? services) =>
        handler.GetParameters().Where(p => IsRequestValue(p, services)).Any(p => MayReject(p.ParameterType, 0));

    private static bool MayReject(Type type, int depth)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsArray) type = type.GetElementType()!;
        else if (type.IsGenericType && type.GetGenericArguments() is [var item]) type = item;
        if (depth > MaxDepth || type.Assembly != typeof(RequestValidation).Assembly || type.IsEnum) return false;
        if (typeof(IValidatableObject).IsAssignableFrom(type) || type.GetCustomAttributes<ValidationAttribute>().Any()) return true;
        return Members.GetOrAdd(type, Describe).Any(m => m.Required || m.ItemsRequired
            || m.Property.GetCustomAttributes<ValidationAttribute>().Any() || MayReject(m.Property.PropertyType, depth + 1));
    }

    // Text, and Tandem's own records (bodies, [AsParameters] queries) that are not services.
    private static bool IsRequestValue(ParameterInfo parameter, IServiceProviderIsService? services)
    {
        var type = parameter.ParameterType;
        if (parameter.GetCustomAttributes().Any(a => a is IFromServiceMetadata or FromKeyedServicesAttribute)) return false;
        if (type == typeof(string)) return true;
        if (type.Assembly != typeof(RequestValidation).Assembly || type.IsValueType) return false;
        return services?.IsService(type) != true;
    }

    private static void Check(object? value, string path, Findings findings, int depth)
    {
        if (value is null || depth > MaxDepth || value.GetType().Assembly != typeof(RequestValidation).Assembly) return;
        foreach (var member in Members.GetOrAdd(value.GetType(), Describe))
        {
            var field = Join(path, member.Property.Name);
            switch (member.Property.GetValue(value))
            {
                case null:
                    if (member.Required) findings.Invalid[field] = [$"{member.Property.Name} is required."];
                    break;
                case string text:
                    findings.Text(field, text);
                    break;
                case IEnumerable items:
                    var i = 0;
                    foreach (var item in items)
                    {
                        if (item is null && member.ItemsRequired) findings.Invalid[$"{field}[{i}]"] = ["A list item cannot be null."];
                        else if (item is string itemText) findings.Text($"{field}[{i}]", itemText);
                        else Check(item, $"{field}[{i}]", findings, depth + 1);
                        i++;
                    }
                    break;
                case var other:
                    Check(other, field, findings, depth + 1);
                    break;
            }
        }

        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(value, new ValidationContext(value), results, validateAllProperties: true)) return;
        foreach (var result in results)
        {
            foreach (var name in result.MemberNames.DefaultIfEmpty(""))
            {
                var field = name.Length == 0 ? path : Join(path, name);
                findings.Invalid[field] = [.. findings.Invalid.GetValueOrDefault(field) ?? [], result.ErrorMessage ?? "This value is not valid."];
            }
        }
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    // NullabilityInfoContext is not thread-safe: one per type, and the result is cached.
    private static Member[] Describe(Type type)
    {
        var nullability = new NullabilityInfoContext();
        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .Select(p =>
            {
                var info = nullability.Create(p);
                var item = info.ElementType ?? (info.GenericTypeArguments is [var only] ? only : null);
                return new Member(p,
                    Required: !p.PropertyType.IsValueType && info.ReadState == NullabilityState.NotNull,
                    ItemsRequired: item is { ReadState: NullabilityState.NotNull } && !item.Type.IsValueType);
            })
            .ToArray();
    }

    private sealed record Member(PropertyInfo Property, bool Required, bool ItemsRequired);

    private sealed class Findings
    {
        public Dictionary<string, string[]> Invalid { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, string[]> Unreadable { get; } = new(StringComparer.Ordinal);

        public void Text(string field, string text)
        {
            if (text.Contains('\0', StringComparison.Ordinal)) Unreadable[field] = [NulMessage];
        }
    }
}
