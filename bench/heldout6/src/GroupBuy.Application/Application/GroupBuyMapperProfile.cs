using AutoMapper;
using GroupBuy.Application.Dtos;
using GroupBuy.Domain;
using GroupBuy.Infrastructure;

namespace GroupBuy.Application;

public class GroupBuyMapperProfile : Profile
{
    public GroupBuyMapperProfile()
    {
        CreateMap<Product, ProductDto>();
        CreateMap<PickupPoint, PickupPointDto>();
        CreateMap<Order, OrderDto>()
            .ForMember(d => d.Status, o => o.MapFrom(s => s.Status.ToString()))
            .ForMember(d => d.ContactMobileMasked, o => o.MapFrom(s => Mask.Mobile(s.ContactMobile)));
        CreateMap<Leader, LeaderDto>()
            .ForMember(d => d.Level, o => o.MapFrom(s => s.Level.ToString()));
        CreateMap<Leader, LeaderListItemDto>()
            .ForMember(d => d.DisplayName, o => o.MapFrom(s => Mask.Name(s.RealName)))
            .ForMember(d => d.MobileMasked, o => o.MapFrom(s => Mask.Mobile(s.Mobile)));
    }
}
