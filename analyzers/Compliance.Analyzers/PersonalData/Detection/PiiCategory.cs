namespace Compliance.Analyzers.PersonalData.Detection
{
    /// <summary>Kinds of personal information the analyzers recognise.</summary>
    public enum PiiCategory
    {
        Other = 0,
        Phone,
        IdNumber,
        Name,
        Address,
        BankCard,
        Email,
        Passport,
        Birthday,

        /// <summary>
        /// A plaintext account password (GB/T 35273-2020 Annex B: sensitive personal information). Only the log and
        /// exception rules report it (docs/decisions.md, hashsec and pii4 sections).
        /// </summary>
        Password,
    }

    public static class PiiCategories
    {
        /// <summary>The token used in diagnostic properties (<c>compliance.pii.category</c>).</summary>
        public static string ToToken(this PiiCategory category)
        {
            switch (category)
            {
                case PiiCategory.Phone: return "phone";
                case PiiCategory.IdNumber: return "id-number";
                case PiiCategory.Name: return "name";
                case PiiCategory.Address: return "address";
                case PiiCategory.BankCard: return "bank-card";
                case PiiCategory.Email: return "email";
                case PiiCategory.Passport: return "passport";
                case PiiCategory.Birthday: return "birthday";
                case PiiCategory.Password: return "password";
                default: return "other";
            }
        }

        public static bool TryParse(string? token, out PiiCategory category)
        {
            category = PiiCategory.Other;
            switch ((token ?? string.Empty).Trim().ToLowerInvariant())
            {
                case "phone": case "mobile": category = PiiCategory.Phone; return true;
                case "id-number": case "id": case "idnumber": category = PiiCategory.IdNumber; return true;
                case "name": category = PiiCategory.Name; return true;
                case "address": category = PiiCategory.Address; return true;
                case "bank-card": case "bankcard": case "card": category = PiiCategory.BankCard; return true;
                case "email": category = PiiCategory.Email; return true;
                case "passport": category = PiiCategory.Passport; return true;
                case "birthday": category = PiiCategory.Birthday; return true;
                case "password": category = PiiCategory.Password; return true;
                case "other": category = PiiCategory.Other; return true;
                default: return false;
            }
        }

        /// <summary>
        /// Sensitive personal information in the sense of PIPL Art. 28 / GB/T 35273 Annex B: identity
        /// documents, financial accounts and account passwords. Findings on these are raised one severity step.
        /// </summary>
        public static bool IsSensitive(this PiiCategory category) =>
            category == PiiCategory.IdNumber || category == PiiCategory.BankCard || category == PiiCategory.Passport
            || category == PiiCategory.Password;
    }
}
