global using OpenHire.Infrastructure.Http;
global using ProblemDetails = Microsoft.AspNetCore.Mvc.ProblemDetails;
