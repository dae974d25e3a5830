using System.Text;

namespace ReportLint.Rules.Spelling;

/// <summary>
/// Text typed in the legacy TCVN3 (ABC) or VNI fonts and opened as Unicode: `Uû ban nh©n d©n`,
/// `UÛy ban nhaân daân`. Detects such a paragraph by characters Vietnamese Unicode text never uses
/// and converts it back.
/// </summary>
internal static class LegacyEncoding
{
    public enum Kind : byte
    {
        None,
        Tcvn3,
        Vni,
    }

    // TCVN3 (TCVN 5712:1993, VN3): the Latin-1 character each Vietnamese letter is stored as.
    private const string Tcvn3From = "µ¶·¸¹¨»¼½¾Æ©ÇÈÉÊË®ÌÎÏÐÑªÒÓÔÕÖ×ØÜÝÞßáâãä«åæçèé¬êëìíîïñòóô\u00ADõö÷øùúûüýþ¡¢£¤¥¦§";
    private const string Tcvn3To = "àảãáạăằẳẵắặâầẩẫấậđèẻẽéẹêềểễếệìỉĩíịòỏõóọôồổỗốộơờởỡớợùủũúụưừửữứựỳỷỹýỵĂÂÊÔƠƯĐ";

    // Characters no Vietnamese Unicode text contains: their presence betrays a legacy font.
    // Some are shared by both fonts (`æ` is ổ in TCVN3, ỉ in VNI); the ones only one font uses decide which.
    private const string Tcvn3Signature = "µ¶·¸¹¨»¼½¾Æ©ÇÈÉËÌÎÏÐÑªÖ×ØÜÞßäåæçë¬îïñö÷øûüþ®«";
    private const string Tcvn3Only = "µ¶·¸¹¨»¼½¾Æ©ÇÈÉËÌÎÏÐÑªÖ×ØÜÞß¬®«ç÷þ";
    private const string VniSignature = "ñöøûïåäëüæîÑÖØÛÏÅÄËÜÆÎ";

    [Flags]
    private enum Signature : byte
    {
        None = 0,
        Either = 1,
        Tcvn3Only = 2,
        Vni = 4,
    }

    // Every signature character is Latin-1, so one table over U+0000–U+00FF replaces three string searches
    // per accented letter: this runs over every paragraph of a draft.
    private static readonly Signature[] Signatures = BuildSignatures();

    private static Signature[] BuildSignatures()
    {
        var table = new Signature[0x100];
        foreach (var c in Tcvn3Signature + VniSignature)
        {
            table[c] |= Signature.Either;
        }
        foreach (var c in Tcvn3Only)
        {
            table[c] |= Signature.Tcvn3Only;
        }
        foreach (var c in VniSignature)
        {
            table[c] |= Signature.Vni;
        }
        return table;
    }

    /// <summary>A character one of the legacy fonts writes and Vietnamese Unicode text does not (or not inside words).</summary>
    public static bool IsSignature(char c) => c <= 0xFF && Signatures[c] != Signature.None;

    /// <summary>Which legacy encoding the paragraph shows, if any (a few signature characters inside words).</summary>
    public static Kind Detect(ReadOnlySpan<char> text)
    {
        int signature = 0, tcvnOnly = 0, vni = 0, letters = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80)
            {
                letters += char.IsAsciiLetter(c) ? 1 : 0;
                continue;
            }
            if (c > 0xFF || Signatures[c] == Signature.None || i == 0 || !char.IsLetter(text[i - 1]))
            {
                continue;
            }
            var found = Signatures[c];
            signature += (found & Signature.Either) != 0 ? 1 : 0;
            tcvnOnly += (found & Signature.Tcvn3Only) != 0 ? 1 : 0;
            vni += (found & Signature.Vni) != 0 ? 1 : 0;
        }
        if (signature < 3 || letters < 10)
        {
            return Kind.None;
        }
        return vni > tcvnOnly ? Kind.Vni : Kind.Tcvn3;
    }

    private static readonly ReportLint.Core.Syntax.SyntaxSlot<object> Slot = new();

    /// <summary>
    /// True when the paragraph is legacy-encoded: the other spelling rules leave it to RL3008. Cached per
    /// paragraph syntax, since the callers ask only when about to report and a garbled paragraph asks often.
    /// </summary>
    public static bool IsLegacy(ReportLint.Core.Syntax.Paragraph paragraph) =>
        (bool)paragraph.Syntax.GetOrAdd(Slot, 0, static (syntax, _) => Detect(syntax.Text) != Kind.None);

    public static string Convert(string text, Kind kind) => kind switch
    {
        Kind.Tcvn3 => ConvertTcvn3(text),
        Kind.Vni => ConvertVni(text),
        _ => text,
    };

    private static string ConvertTcvn3(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            var index = source[i] >= 0xA0 ? Tcvn3From.IndexOf(source[i]) : -1;
            span[i] = index >= 0 ? Tcvn3To[index] : source[i];
        }
    });

    // VNI: a base letter followed by a mark character. Circumflex and breve combine with a tone.
    private const string Tones = "ùøûõï"; // sắc huyền hỏi ngã nặng
    private const string Circumflex = "âáàåãä"; // â, then with each tone
    private const string Breve = "êéèúüë"; // ă, then with each tone

    private static string ConvertVni(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var upper = char.IsUpper(c);
            var lower = char.ToLowerInvariant(c);
            // Stand-alone letters: ô = ơ, ö = ư, ñ = đ; í ì æ ó ò = i with a tone; î = ỵ.
            var single = lower switch
            {
                'ô' => 'ơ', 'ö' => 'ư', 'ñ' => 'đ', 'í' => 'í', 'ì' => 'ì', 'æ' => 'ỉ', 'ó' => 'ĩ', 'ò' => 'ị', 'î' => 'ỵ', _ => '\0',
            };
            var isBase = lower is 'a' or 'e' or 'o' or 'u' or 'y' || single is 'ơ' or 'ư';
            var baseLetter = single is 'ơ' or 'ư' ? single : lower;
            if (isBase && i + 1 < text.Length)
            {
                var mark = char.ToLowerInvariant(text[i + 1]);
                var tone = Tones.IndexOf(mark);
                var circ = Circumflex.IndexOf(mark);
                var breve = Breve.IndexOf(mark);
                char? combined = null;
                if (tone >= 0)
                {
                    combined = VietnameseLetters.Compose(baseLetter, tone + 1);
                }
                else if (circ >= 0 && baseLetter is 'a' or 'e' or 'o')
                {
                    var shaped = baseLetter switch { 'a' => 'â', 'e' => 'ê', _ => 'ô' };
                    combined = VietnameseLetters.Compose(shaped, circ);
                }
                else if (breve >= 0 && baseLetter == 'a')
                {
                    combined = VietnameseLetters.Compose('ă', breve);
                }
                if (combined is { } letter)
                {
                    result.Append(upper ? char.ToUpperInvariant(letter) : letter);
                    i++;
                    continue;
                }
            }
            if (single != '\0' && i > 0 && char.IsLetter(text[i - 1]) || single is 'đ' or 'ơ' or 'ư')
            {
                result.Append(upper ? char.ToUpperInvariant(single) : single);
                continue;
            }
            result.Append(c);
        }
        return result.ToString();
    }
}
