using AutoMapper;
using CreditLoan.Web.Infrastructure;
using CreditLoan.Web.Models;

namespace CreditLoan.Web.Mapping;

public sealed class LoanProfile : Profile
{
    public LoanProfile()
    {
        CreateMap<LoanApplication, ApplicationSummaryDto>()
            .ForMember(d => d.MaskedName, o => o.MapFrom(s => Masking.Name(s.ApplicantName)))
            .ForMember(d => d.MaskedMobile, o => o.MapFrom(s => Masking.Mobile(s.Mobile)))
            .ForMember(d => d.Status, o => o.MapFrom(s => s.Status.ToString()));

        CreateMap<LoanProduct, ProductRateDto>()
            .ConstructUsing(p => new ProductRateDto(p.Code, p.Name, p.AnnualRate, p.AllowedTerms));

        CreateMap<ApplyViewModel, LoanApplication>()
            .ForMember(d => d.ApplicantName, o => o.MapFrom(s => s.Name))
            .ForMember(d => d.Id, o => o.Ignore())
            .ForMember(d => d.Status, o => o.MapFrom(_ => ApplicationStatus.Draft));
    }
}
