using System.Web.Http;
using System.Web.Http.Cors;
using LexSign.Web.Data;
using LexSign.Web.Services;
using Unity;
using Unity.WebApi;

namespace LexSign.Web
{
    public static class WebApiConfig
    {
        public static void Register(HttpConfiguration config)
        {
            var container = new UnityContainer();
            container.RegisterType<ICaseRepository, CaseRepository>();
            container.RegisterType<IClientRepository, ClientRepository>();
            container.RegisterType<ESignClient>();
            container.RegisterType<DocumentVault>();
            container.RegisterType<SmsNotifier>();
            config.DependencyResolver = new UnityDependencyResolver(container);

            config.EnableCors(new EnableCorsAttribute("https://portal.lexsign.cn", "*", "*"));
            config.MapHttpAttributeRoutes();
            config.Routes.MapHttpRoute("DefaultApi", "api/{controller}/{id}", new { id = RouteParameter.Optional });
            config.Filters.Add(new Security.BasicTokenAuthFilter());
            config.Formatters.Remove(config.Formatters.XmlFormatter);
        }
    }
}
