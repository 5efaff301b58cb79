using FluentValidation;
using RideHail.Dispatch.Functions;

namespace RideHail.Dispatch.Validation;

public sealed class DriverApplicationValidator : AbstractValidator<DriverApplication>
{
    private static readonly int[] Weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private const string CheckCodes = "10X98765432";

    public DriverApplicationValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(20);
        RuleFor(x => x.Phone).Matches(@"^1[3-9]\d{9}$").WithMessage("手机号 {PropertyValue} 格式不正确");
        RuleFor(x => x.IdCardNo).Must(BeValidIdCard).WithMessage("身份证号 {PropertyValue} 校验位错误");
        RuleFor(x => x.PlateNo).Matches(@"^[\u4e00-\u9fa5][A-Z][A-Z0-9]{5,6}$").WithMessage("车牌格式不正确");
        RuleFor(x => x.BankCardNo).CreditCard().When(x => x.BankCardNo is not null).WithMessage("银行卡号格式不正确");
    }

    private static bool BeValidIdCard(string id)
    {
        if (id is not { Length: 18 }) return false;
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsDigit(id[i])) return false;
            sum += (id[i] - '0') * Weights[i];
        }
        return char.ToUpperInvariant(id[17]) == CheckCodes[sum % 11];
    }
}
