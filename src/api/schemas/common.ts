import { type TObject, type TProperties, type TSchema, Type } from "@sinclair/typebox";
import { ERROR_CODES } from "../../core/shared/errors.js";

/** A request body object: unknown fields are refused rather than silently dropped. */
export const Body = <T extends TProperties>(properties: T) => Type.Object(properties, { additionalProperties: false });

export const IdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) });

export const ErrorBody = Type.Object(
  {
    error: Type.Object({
      code: Type.Union(Object.keys(ERROR_CODES).map((code) => Type.Literal(code))),
      message: Type.String(),
    }),
  },
);

/** The list envelope of DESIGN.md: `{items, nextCursor}`. */
export const ListOf = <T extends TSchema>(item: T) => Type.Object({ items: Type.Array(item), nextCursor: Type.Union([Type.String(), Type.Null()]) });

export const PageQuery = {
  cursor: Type.Optional(Type.String({ maxLength: 200 })),
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
};

export const Email = Type.String({ minLength: 3, maxLength: 254 });
export const Name = Type.String({ minLength: 1, maxLength: 200 });

/** Standard error answers a route may give, for the OpenAPI document. */
export const errorResponses = (...statuses: number[]): Record<number, TObject> =>
  Object.fromEntries(statuses.map((status) => [status, ErrorBody]));
