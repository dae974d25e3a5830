namespace ReportLint.LanguageServer.JsonRpc;

/// <summary>JSON-RPC 2.0 and LSP error codes.</summary>
public static class ErrorCodes
{
    public const int ParseError = -32700;
    public const int InvalidRequest = -32600;
    public const int MethodNotFound = -32601;
    public const int InvalidParams = -32602;
    public const int InternalError = -32603;
    public const int ServerNotInitialized = -32002;
    public const int RequestFailed = -32803;
    public const int RequestCancelled = -32800;
    public const int ContentModified = -32801;
}

/// <summary>Thrown by a handler to answer with a specific error.</summary>
public sealed class JsonRpcException(int code, string message) : Exception(message)
{
    public int Code { get; } = code;
}

/// <summary>The error a client answered one of our requests with.</summary>
public sealed class RemoteErrorException(int code, string message) : Exception(message)
{
    public int Code { get; } = code;
}
