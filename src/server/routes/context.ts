// What every route module shares: the principal of a request, and the schemas of common answers.
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import type { Principal } from '../tokens.ts';

/** The caller, as the onRequest hook authenticated it (every route with a policy has one). */
export function principalOf(request: FastifyRequest): Principal {
  if (request.principal === undefined) throw new Error(`assertion: ${request.routeOptions.url} has a policy, so its request has a principal`);
  return request.principal;
}

export const ProblemSchema = Type.Object(
  {
    type: Type.String(), title: Type.String(), status: Type.Integer(), detail: Type.String(), instance: Type.Optional(Type.String()),
    problems: Type.Optional(Type.Array(Type.Object({ path: Type.String(), reason: Type.String(), event: Type.Optional(Type.Integer()) }))),
  },
  { $id: 'Problem', description: 'RFC 7807 problem details' },
);

/** The refusals every authenticated route can answer with. */
export const PROBLEM_RESPONSES = {
  400: Type.Ref(ProblemSchema),
  401: Type.Ref(ProblemSchema),
  403: Type.Ref(ProblemSchema),
  404: Type.Ref(ProblemSchema),
} as const;

/** A JSON object described in the area's documentation rather than here, passed through whole. */
export const OpenObject = Type.Object({}, { additionalProperties: true });

export const PageLimit = (max: number, fallback: number) => Type.Integer({ minimum: 1, maximum: max, default: fallback });
