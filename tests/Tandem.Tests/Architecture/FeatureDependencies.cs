using System.Reflection;
using System.Reflection.Emit;
using Tandem.Features.People;

namespace Tandem.Tests.Architecture;

/// <summary>
/// Which features a feature's compiled code uses: every type named in its signatures (fields, properties, parameters,
/// bases, interfaces, generic arguments) and in its method bodies (each type, method and field token of the IL). Read
/// from the assembly rather than the source, so a property that happens to share a type's name is not a dependency,
/// and a Razor page's components, injected services and lambdas count like any other code.
/// </summary>
internal static class FeatureDependencies
{
    private const string Prefix = "Tandem.Features.";

    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    /// <summary>The feature a type belongs to: the folder under Features/ its namespace names, or null outside them.</summary>
    public static string? FeatureOf(Type type)
    {
        var ns = type.Namespace;
        if (ns is null || !ns.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        var rest = ns[Prefix.Length..];
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? rest : rest[..dot];
    }

    /// <summary>For each feature, the other features it uses.</summary>
    public static Dictionary<string, HashSet<string>> Uses()
    {
        var uses = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var type in typeof(Person).Assembly.GetTypes())
        {
            if (FeatureOf(type) is not { } feature) continue;
            var set = uses.TryGetValue(feature, out var found) ? found : uses[feature] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var used in Referenced(type))
                if (FeatureOf(used) is { } other && other != feature) set.Add(other);
        }
        return uses;
    }

    private static IEnumerable<Type> Referenced(Type type)
    {
        var named = new List<Type>();
        if (type.BaseType is { } baseType) named.Add(baseType);
        named.AddRange(type.GetInterfaces());
        named.AddRange(type.GetFields(Declared).Select(f => f.FieldType));
        named.AddRange(type.GetProperties(Declared).Select(p => p.PropertyType));
        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            named.AddRange(method.GetParameters().Select(p => p.ParameterType));
            if (method is MethodInfo info) named.Add(info.ReturnType);
            named.AddRange(InBody(method));
        }
        return named.SelectMany(Unwrap);
    }

    /// <summary>A type with its element and generic argument types, so <c>List&lt;Goal&gt;</c> names Goal.</summary>
    private static IEnumerable<Type> Unwrap(Type type)
    {
        if (type.HasElementType) return Unwrap(type.GetElementType()!);
        if (!type.IsGenericType) return [type];
        return type.GetGenericArguments().Where(a => !a.IsGenericParameter).SelectMany(Unwrap).Prepend(type.GetGenericTypeDefinition());
    }

    private static IEnumerable<Type> InBody(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null) yield break;
        var typeArgs = method.DeclaringType is { IsGenericType: true } t ? t.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var at = 0; at < il.Length;)
        {
            var code = il[at] == 0xFE ? OpCodesByValue[(short)(0xFE00 | il[at + 1])] : OpCodesByValue[il[at]];
            at += code.Size;
            if (code.OperandType is OperandType.InlineType or OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineTok)
            {
                var member = Resolve(method.Module, BitConverter.ToInt32(il, at), typeArgs, methodArgs);
                if (member is Type type) yield return type;
                if (member?.DeclaringType is { } declaring) yield return declaring;
                if (member is MethodInfo { IsGenericMethod: true } generic)
                    foreach (var argument in generic.GetGenericArguments()) yield return argument;
                if (member is FieldInfo field) yield return field.FieldType;
            }
            at += OperandSize(code.OperandType, il, at);
        }
    }

    private static MemberInfo? Resolve(Module module, int token, Type[]? typeArgs, Type[]? methodArgs)
    {
        try
        {
            return module.ResolveMember(token, typeArgs, methodArgs);
        }
        catch (ArgumentException)
        {
            return null; // A token into another module's generic context; it names no type of ours.
        }
    }

    private static int OperandSize(OperandType operand, byte[] il, int at) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, at),
        _ => 4,
    };
}
