import { describe, expect, it } from "vitest";
import { ApiError, describeFieldProblem } from "@/lib/api";

const problem = (field: string, detail: string) => new ApiError({ status: 400, code: "validation_failed", field, detail });

describe("describeFieldProblem", () => {
  it("turns the server's rules into sentences naming the field", () => {
    expect(describeFieldProblem(problem("name", "name must not be empty"))).toBe("Name cannot be empty.");
    expect(describeFieldProblem(problem("name", "name must contain visible characters"))).toBe("Name cannot be empty.");
    expect(describeFieldProblem(problem("password", "password must be at least 8 characters"))).toBe(
      "Password must be at least 8 characters long.",
    );
    expect(describeFieldProblem(problem("bio", "bio must be at most 500 characters"))).toBe("Bio must be at most 500 characters long.");
    expect(describeFieldProblem(problem("email", "email is not a valid address"))).toBe("That is not a valid email address.");
    expect(describeFieldProblem(problem("name", "name must not contain bidirectional control characters"))).toBe(
      "Name contains characters that cannot be used.",
    );
  });

  it("keeps a message already written for people, as a sentence", () => {
    expect(describeFieldProblem(problem("current", "The current password is not right"))).toBe("The current password is not right.");
    expect(describeFieldProblem(problem("userIds", "Some of these people do not exist"))).toBe("Some of these people do not exist.");
  });
});
